#include "grade/case_answer.hpp"

#include "util/json_text.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "grade/case_estimate.hpp"
#include "util/text.hpp"

namespace prepl::grade {
using nlohmann::json;

namespace {

std::vector<std::string> split_any(std::string_view text, std::string_view separators) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = text.find_first_of(separators, start);
        const std::string piece = util::trim(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (!piece.empty()) out.push_back(piece);
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return out;
}

std::optional<int> choice_by_text(const CasePart& part, std::string_view text) {
    const std::string wanted = util::to_lower(util::trim(text));
    for (std::size_t i = 0; i < part.choices.size(); ++i)
        if (util::to_lower(util::trim(part.choices[i])) == wanted) return static_cast<int>(i);
    return std::nullopt;
}

std::optional<int> whole_number(std::string_view text) {
    int value = 0;
    const auto* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end) return std::nullopt;
    return value;
}

std::string choices_list(const CasePart& part) {
    std::vector<std::string> items;
    for (std::size_t i = 0; i < part.choices.size(); ++i) items.push_back(fmt::format("{}) {}", i + 1, part.choices[i]));
    return util::join(items, ", ");
}

util::Status check_count(const CasePart& part, const std::vector<int>& picked) {
    if (part.type == CasePart::Type::choice && picked.size() > 1)
        return util::fail(util::Error::invalid(fmt::format("part {}: pick one choice, not {}", part.id, picked.size())));
    return {};
}

}  // namespace

util::Result<std::vector<int>> parse_choice_text(const CasePart& part, std::string_view text) {
    const std::string trimmed = util::trim(text);
    std::vector<int> out;
    if (trimmed.empty()) return out;
    if (auto whole = choice_by_text(part, trimmed)) return std::vector<int>{*whole};
    for (const auto& piece : split_any(trimmed, part.type == CasePart::Type::multi ? ",; \t\n" : ",;\n")) {
        if (auto n = whole_number(piece)) {
            if (*n < 1 || static_cast<std::size_t>(*n) > part.choices.size())
                return util::fail(util::Error::invalid(fmt::format(
                    "part {}: there is no choice {} (choose 1 to {})", part.id, *n, part.choices.size())));
            out.push_back(*n - 1);
        } else if (auto byname = choice_by_text(part, piece)) {
            out.push_back(*byname);
        } else {
            // Multi parts split on spaces too, so retry the comma-separated pieces as texts.
            auto texts = split_any(trimmed, ",;\n");
            out.clear();
            for (const auto& t : texts) {
                auto i = choice_by_text(part, t);
                if (!i) {
                    if (auto n = whole_number(t); n && *n >= 1 && static_cast<std::size_t>(*n) <= part.choices.size()) {
                        out.push_back(*n - 1);
                        continue;
                    }
                    return util::fail(util::Error::invalid(fmt::format(
                        "part {}: \"{}\" is not one of the choices: {}", part.id, t, choices_list(part))));
                }
                out.push_back(*i);
            }
            break;
        }
    }
    if (auto ok = check_count(part, out); !ok) return util::fail(ok.error());
    return out;
}

util::Result<std::vector<int>> parse_choice_json(const CasePart& part, const json& value) {
    std::vector<int> out;
    const json items = value.is_array() ? value : json::array({value});
    for (const auto& item : items) {
        if (item.is_number_integer()) {
            const auto i = item.get<long long>();
            if (i < 0 || static_cast<std::size_t>(i) >= part.choices.size())
                return util::fail(util::Error::invalid(fmt::format(
                    "part {}: index {} is out of range (0-based, {} choices)", part.id, i, part.choices.size())));
            out.push_back(static_cast<int>(i));
        } else if (item.is_string()) {
            auto i = choice_by_text(part, item.get<std::string>());
            if (!i)
                return util::fail(util::Error::invalid(fmt::format("part {}: \"{}\" is not one of the choices: {}",
                                                                   part.id, item.get<std::string>(), choices_list(part))));
            out.push_back(*i);
        } else if (!item.is_null()) {
            return util::fail(util::Error::invalid(
                fmt::format("part {}: a choice is an index or the choice text, not {}", part.id, util::shorten(item.dump()))));
        }
    }
    if (auto ok = check_count(part, out); !ok) return util::fail(ok.error());
    return out;
}

json empty_case_answer(const CaseProblem& problem) {
    json out = json::object();
    for (const auto& part : problem.parts)
        out[part.id] = part.type == CasePart::Type::text       ? json("")
                       : part.type == CasePart::Type::estimate ? json(nullptr)
                                                               : json::array();
    return out;
}

util::Result<json> normalize_case_answer(const CaseProblem& problem, const json& answer) {
    if (!answer.is_object())
        return util::fail(util::Error::invalid("a case answer in JSON is an object keyed by part id"));
    json out = empty_case_answer(problem);
    for (const auto& [id, value] : answer.items()) {
        const CasePart* part = problem.find_part(id);
        if (!part) {
            std::vector<std::string> ids;
            for (const auto& p : problem.parts) ids.push_back(p.id);
            return util::fail(util::Error::invalid(
                fmt::format("the answer has a part \"{}\" this problem does not have (parts: {})", id, util::join(ids, ", "))));
        }
        if (part->type == CasePart::Type::text) {
            if (!value.is_string() && !value.is_null())
                return util::fail(util::Error::invalid(fmt::format("part {}: a text answer must be a string", id)));
            out[id] = value.is_string() ? value : json("");
        } else if (part->type == CasePart::Type::estimate) {
            // A number, or the text typed ("2.5 million"); null or "" leaves it unanswered.
            if (value.is_number()) {
                out[id] = value.get<double>();
            } else if (value.is_string() && !util::trim(value.get<std::string>()).empty()) {
                auto x = parse_estimate(value.get<std::string>());
                if (!x) return util::fail(util::Error::invalid(fmt::format("part {}: {}", id, x.error().message)));
                out[id] = *x;
            } else if (!value.is_null() && !value.is_string()) {
                return util::fail(util::Error::invalid(fmt::format("part {}: an estimate is a number or text like \"2.5 million\"", id)));
            }
        } else {
            // A string is read as typed text (the choice text, or 1-based numbers "2", "1,3");
            // JSON numbers are 0-based indices.
            auto picked = value.is_string() ? parse_choice_text(*part, value.get<std::string>())
                                            : parse_choice_json(*part, value);
            if (!picked) return util::fail(picked.error());
            out[id] = *picked;
        }
    }
    return out;
}

util::Result<json> parse_case_answer(const CaseProblem& problem, std::string_view text) {
    const std::string trimmed = util::trim(text);
    if (!trimmed.empty() && trimmed.front() == '{') {
        auto doc = util::parse_json(trimmed);
        if (!doc)
            return util::fail(util::Error::invalid("the answer looks like JSON but does not parse: " +
                                                   doc.error().message));
        return normalize_case_answer(problem, *doc);
    }
    // "## part-id" sections.
    json raw = json::object();
    std::string current;
    bool any_heading = false;
    std::string preamble;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = text.find('\n', start);
        std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        const std::string t = util::trim(line);
        if (t.rfind("## ", 0) == 0 || (t.size() > 2 && t.rfind("##", 0) == 0 && t[2] != '#')) {
            current = util::trim(t.substr(2));
            any_heading = true;
            if (!problem.find_part(current)) {
                std::vector<std::string> ids;
                for (const auto& p : problem.parts) ids.push_back(p.id);
                return util::fail(util::Error::invalid(fmt::format(
                    "section \"## {}\" names no part of this problem (parts: {})", current, util::join(ids, ", "))));
            }
            raw[current] = "";
        } else if (any_heading) {
            std::string& body = raw[current].get_ref<std::string&>();
            body += body.empty() ? std::string(line) : "\n" + std::string(line);
        } else {
            preamble += std::string(line) + "\n";
        }
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    if (!any_heading) {
        if (problem.parts.size() == 1 && !util::trim(preamble).empty()) raw[problem.parts.front().id] = util::trim(preamble);
        else if (!util::trim(preamble).empty())
            return util::fail(util::Error::invalid(
                "the answer has no \"## <part-id>\" sections: start each part's answer with a line like \"## " +
                (problem.parts.empty() ? std::string("part") : problem.parts.front().id) + "\""));
    }
    json out = empty_case_answer(problem);
    for (auto& [id, value] : raw.items()) {
        const CasePart* part = problem.find_part(id);
        const std::string body = util::trim(value.get<std::string>());
        if (part->type == CasePart::Type::text) {
            out[id] = body;
        } else if (part->type == CasePart::Type::estimate) {
            if (body.empty()) continue;
            auto x = parse_estimate(body);
            if (!x) return util::fail(util::Error::invalid(fmt::format("part {}: {}", id, x.error().message)));
            out[id] = *x;
        } else {
            auto picked = parse_choice_text(*part, body);
            if (!picked) return util::fail(picked.error());
            out[id] = *picked;
        }
    }
    return out;
}

}  // namespace prepl::grade
