#include "bank/tags.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "bank/bank.hpp"

namespace prepl::bank {
namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

std::string tag_key(std::string_view tag) {
    std::string key;
    std::string word;
    auto flush = [&] {
        if (word.size() >= 4 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
        key += word;
        word.clear();
    };
    for (char c : lower(tag)) {
        if (c == '-' || c == '_' || c == ' ') {
            flush();
            key += '-';
        } else {
            word += c;
        }
    }
    flush();
    return key;
}

bool tag_matches(std::string_view tag, std::string_view query) {
    const std::string t = lower(tag), q = lower(query);
    if (q.empty()) return true;
    for (std::size_t start = 0; start < t.size();) {
        if (t.compare(start, q.size(), q) == 0) return true;
        const auto dash = t.find('-', start);
        if (dash == std::string::npos) break;
        start = dash + 1;
    }
    return false;
}

std::vector<std::pair<std::string, int>> tag_counts(const Bank& bank) {
    std::map<std::string, int> counts;
    for (const auto& p : bank.problems())
        for (const auto& t : p.tags) ++counts[t];
    std::vector<std::pair<std::string, int>> out(counts.begin(), counts.end());
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

std::string preferred_spelling(const Bank& bank, std::string_view tag) {
    const std::string key = tag_key(tag);
    std::string best;
    int best_count = 0;
    for (const auto& [name, count] : tag_counts(bank))  // most used first, then by name
        if (tag_key(name) == key && count > best_count) {
            best = name;
            best_count = count;
        }
    return best == tag ? "" : best;
}

}  // namespace prepl::bank
