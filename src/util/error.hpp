#pragma once
// Errors as values at module boundaries (STYLE.md rule 4).
#include <expected>
#include <string>
#include <utility>

namespace prepl::util {

// An Error is for broken inputs (a bank file, an unreadable answer), I/O failures and bugs.
// A user's wrong answer is never an Error: it is a Verdict.
struct Error {
    enum class Code { invalid_input, not_found, io, internal };
    Code code = Code::invalid_input;
    std::string message;  // complete sentence for the user: names the file and the fix

    static Error invalid(std::string msg) { return {Code::invalid_input, std::move(msg)}; }
    static Error missing(std::string msg) { return {Code::not_found, std::move(msg)}; }
    static Error io_failure(std::string msg) { return {Code::io, std::move(msg)}; }
    static Error bug(std::string msg) { return {Code::internal, std::move(msg)}; }
};

template <class T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error e) { return std::unexpected<Error>(std::move(e)); }

}  // namespace prepl::util
