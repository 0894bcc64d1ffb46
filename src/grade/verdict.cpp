#include "grade/verdict.hpp"

namespace prepl::grade {

std::string_view to_string(Verdict::Status status) {
    switch (status) {
        case Verdict::Status::accepted: return "accepted";
        case Verdict::Status::rejected: return "rejected";
        case Verdict::Status::error: return "error";
    }
    return "error";
}

std::string_view to_string(NumericPart::Status status) {
    switch (status) {
        case NumericPart::Status::right: return "right";
        case NumericPart::Status::wrong: return "wrong";
        case NumericPart::Status::missing: return "missing";
        case NumericPart::Status::unreadable: return "unreadable";
    }
    return "missing";
}

int exit_code(const Verdict& verdict) {
    switch (verdict.status) {
        case Verdict::Status::accepted: return 0;
        case Verdict::Status::rejected: return 1;
        case Verdict::Status::error: return 3;
    }
    return 3;
}

}  // namespace prepl::grade
