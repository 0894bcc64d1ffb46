#pragma once
// Small text helpers that know nothing of the app.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace prepl::util {

// Levenshtein distance, for "did you mean ...?".
std::size_t edit_distance(std::string_view a, std::string_view b);

// Up to `limit` candidates closest to `word`, closest first: within max(1, |word|/3) edits, or
// containing `word` (when it has 3 or more characters), or beginning with a near miss of `word`.
std::vector<std::string> closest_matches(std::string_view word, const std::vector<std::string>& candidates,
                                         std::size_t limit);

std::string to_lower(std::string_view text);
std::string trim(std::string_view text);
// The same without a copy: a view into `text` without its leading and trailing whitespace.
std::string_view trim_view(std::string_view text);
bool starts_with_icase(std::string_view text, std::string_view prefix);
// Joins with a separator: join({"a","b"}, ", ") == "a, b".
std::string join(const std::vector<std::string>& parts, std::string_view separator);

}  // namespace prepl::util
