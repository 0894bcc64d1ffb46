#pragma once
// Tags: how the bank's tags are compared, matched and counted (issue 14, "Finding problems").
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace prepl::bank {

class Bank;

// The spelling-insensitive form of a tag: lower case, '_' and ' ' read as '-', and a plural
// 's' dropped from each word of four letters or more ("Window_Functions" -> "window-function").
// Two different tags with the same key are near-duplicates.
std::string tag_key(std::string_view tag);

// `list --tag QUERY`: case-insensitive prefix match on the tag, or on any of its '-' words
// ("window" matches "window-function", "func" does not; "test" matches "ab-testing").
bool tag_matches(std::string_view tag, std::string_view query);

// Every tag of the bank with the number of problems carrying it, most used first, then by name.
std::vector<std::pair<std::string, int>> tag_counts(const Bank& bank);

// For `tag`, the bank's preferred spelling of the same key when it differs (the most used,
// ties to the first by name); empty when `tag` is the preferred spelling or has no rival.
std::string preferred_spelling(const Bank& bank, std::string_view tag);

}  // namespace prepl::bank
