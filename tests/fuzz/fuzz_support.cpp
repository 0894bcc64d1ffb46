#include "fuzz_support.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace prepl::fuzz {

std::filesystem::path source_dir() { return PREPL_SOURCE_DIR; }

const bank::Bank& bundled_bank() {
    static const bank::Bank bank = [] {
        auto loaded = bank::load_bank(source_dir() / "problems");
        if (!loaded) fail("cannot load the bundled bank: " + loaded.error().message);
        return std::move(*loaded);
    }();
    return bank;
}

std::vector<const bank::Problem*> bundled_problems(bank::Kind kind) {
    std::vector<const bank::Problem*> found;
    for (const auto& problem : bundled_bank().problems())
        if (problem.kind == kind) found.push_back(&problem);
    if (found.empty()) fail("the bundled bank has no problem of the kind this target needs");
    return found;
}

const bank::Problem& pick_problem(const std::vector<const bank::Problem*>& problems, std::string_view& text) {
    std::string_view rest = text;
    const std::string_view first_line = take_line(rest);
    for (const bank::Problem* problem : problems) {
        if (problem->id == first_line) {
            text = rest;
            return *problem;
        }
    }
    if (text.empty()) return *problems.front();
    return *problems[static_cast<unsigned char>(text.front()) % problems.size()];
}

namespace {
struct Scratch {
    std::filesystem::path path;
    Scratch() {
        path = std::filesystem::temp_directory_path() / ("prepl-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(path);
    }
    ~Scratch() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};
}  // namespace

const std::filesystem::path& scratch_dir() {
    static const Scratch scratch;
    return scratch.path;
}

std::string_view take_line(std::string_view& text) {
    const auto nl = text.find('\n');
    if (nl == std::string_view::npos) {
        const std::string_view line = text;
        text = {};
        return line;
    }
    const std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl + 1);
    return line;
}

void fail(std::string_view what) {
    std::fprintf(stderr, "fuzz invariant broken: %.*s\n", static_cast<int>(what.size()), what.data());
    std::abort();
}

}  // namespace prepl::fuzz
