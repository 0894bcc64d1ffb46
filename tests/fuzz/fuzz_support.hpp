#pragma once
// Shared by the fuzz targets (tests/fuzz/README.md): the bundled bank of the source tree loaded
// once, a private scratch folder, and a way to split one fuzz input into fields.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>
#include <vector>

#include "bank/bank.hpp"
#include "bank/problem.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace prepl::fuzz {

// The repository the target was built from (PREPL_SOURCE_DIR).
std::filesystem::path source_dir();

// problems/ of the source tree, loaded on first use. Aborts when it does not load: a target
// without its bank would replay nothing.
const bank::Bank& bundled_bank();

// The bundled problems of one kind, by id.
std::vector<const bank::Problem*> bundled_problems(bank::Kind kind);

// Picks the problem an input is for: its first line is a problem id of `problems` (then the line
// is consumed), else the first byte chooses one by index, so every input grades something and
// seeds keep their problem when the bank grows.
const bank::Problem& pick_problem(const std::vector<const bank::Problem*>& problems, std::string_view& text);

// A folder of this process under the system temp dir, created on first use, removed at exit.
const std::filesystem::path& scratch_dir();

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// Cuts `text` at the first '\n': returns the line and leaves the rest in `text` (all of it
// when there is no newline).
std::string_view take_line(std::string_view& text);

// A found divergence or broken invariant: prints it to stderr and aborts (a fuzz crash).
[[noreturn]] void fail(std::string_view what);

}  // namespace prepl::fuzz
