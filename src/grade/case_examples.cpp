#include "grade/case_examples.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <fmt/format.h>

#include "grade/case_answer.hpp"
#include "grade/case_grader.hpp"

namespace prepl::grade {
using nlohmann::json;

namespace {

std::vector<double> ranks(const std::vector<double>& v) {
    std::vector<std::size_t> order(v.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return v[a] < v[b]; });
    std::vector<double> r(v.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && v[order[j + 1]] == v[order[i]]) ++j;
        const double average = (static_cast<double>(i) + static_cast<double>(j)) / 2.0 + 1.0;
        for (std::size_t k = i; k <= j; ++k) r[order[k]] = average;
        i = j + 1;
    }
    return r;
}

}  // namespace

bool is_adversarial_label(const std::string& label) {
    return label == "keyword-list" || label == "negated" || label == "wrong-direction" || label == "bad-practice";
}

std::optional<double> spearman(const std::vector<double>& x, const std::vector<double>& y) {
    if (x.size() != y.size() || x.size() < 3) return std::nullopt;
    const auto rx = ranks(x), ry = ranks(y);
    const double n = static_cast<double>(x.size());
    const double mx = std::accumulate(rx.begin(), rx.end(), 0.0) / n;
    const double my = std::accumulate(ry.begin(), ry.end(), 0.0) / n;
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < rx.size(); ++i) {
        sxy += (rx[i] - mx) * (ry[i] - my);
        sxx += (rx[i] - mx) * (rx[i] - mx);
        syy += (ry[i] - my) * (ry[i] - my);
    }
    if (sxx <= 0 || syy <= 0) return std::nullopt;
    return sxy / std::sqrt(sxx * syy);
}

ExampleReport grade_case_examples(const bank::Problem& problem, const bank::Bank& bank, const CaseProblem& spec) {
    ExampleReport report;
    const auto it = problem.raw.find("examples");
    if (it == problem.raw.end() || !it->is_array()) return report;
    for (std::size_t i = 0; i < it->size(); ++i) {
        const json& example = (*it)[i];
        if (!example.is_object() || !example.contains("answer")) continue;  // the schema reports it
        auto answer = normalize_case_answer(spec, example["answer"]);
        if (!answer) {
            report.findings.push_back(fmt::format("/examples/{}/answer: {}", i, answer.error().message));
            continue;
        }
        const Verdict v = grade_case_answer(problem, bank, spec, *answer);
        if (v.status == Verdict::Status::error) {
            report.findings.push_back(fmt::format("/examples/{}: {}", i, v.message));
            continue;
        }
        ExampleScore s;
        s.problem_id = problem.id;
        s.index = i;
        s.label = example.value("label", "");
        s.expected = example.value("expected", 0.0);
        s.got = v.max_score > 0 ? v.score / v.max_score : 0;
        s.accepted = v.accepted();
        report.scores.push_back(std::move(s));
    }
    // Every adversarial example strictly below every strong one, and never accepted.
    double weakest_strong = 2;
    for (const auto& s : report.scores)
        if (s.label == "strong") weakest_strong = std::min(weakest_strong, s.got);
    for (const auto& s : report.scores) {
        if (!is_adversarial_label(s.label)) continue;
        if (s.got >= weakest_strong)
            report.findings.push_back(fmt::format("/examples/{}: the {} example scores {:.0f}%, not below the weakest "
                                                  "strong example ({:.0f}%): the rubric can be gamed",
                                                  s.index, s.label, 100 * s.got, 100 * weakest_strong));
        else if (s.accepted)
            report.findings.push_back(fmt::format("/examples/{}: the {} example is accepted ({:.0f}%)", s.index,
                                                  s.label, 100 * s.got));
    }
    return report;
}

}  // namespace prepl::grade
