#include "stats/metrics.hpp"

#include <fmt/format.h>

#include <cmath>
#include <vector>

#include "stats/checks.hpp"
#include "stats/descriptive.hpp"

namespace prepl::stats {

util::Result<ForecastErrors> forecast_errors(std::span<const double> actual,
                                             std::span<const double> forecast) {
    Checks checks;
    checks.min_length("actual", actual, 2)
        .finite_values("actual", actual)
        .finite_values("forecast", forecast)
        .same_length("actual", actual, "forecast", forecast);
    for (std::size_t i = 0; i < actual.size(); ++i)
        checks.require(actual[i] != 0,
                       fmt::format("actual is 0 at position {}: MAPE is undefined", i + 1));
    if (auto ok = checks.status(); !ok) return util::fail(ok.error());

    const double n = static_cast<double>(actual.size());
    double abs_sum = 0, squared_sum = 0, percent_sum = 0, symmetric_sum = 0;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        const double error = actual[i] - forecast[i];
        abs_sum += std::abs(error);
        squared_sum += error * error;
        percent_sum += std::abs(error) / std::abs(actual[i]);
        const double scale = std::abs(actual[i]) + std::abs(forecast[i]);
        if (scale > 0) symmetric_sum += 2 * std::abs(error) / scale;
    }
    double naive_sum = 0;
    for (std::size_t i = 1; i < actual.size(); ++i)
        naive_sum += std::abs(actual[i] - actual[i - 1]);
    if (naive_sum == 0)
        return util::fail(util::Error::invalid(
            "actual is constant: MASE is undefined (the naive forecast has no error)"));

    ForecastErrors result;
    result.mae = abs_sum / n;
    result.rmse = std::sqrt(squared_sum / n);
    result.mape = 100 * percent_sum / n;
    result.smape = 100 * symmetric_sum / n;
    result.mase = result.mae / (naive_sum / (n - 1));
    return result;
}

util::Result<double> roc_auc(std::span<const double> labels, std::span<const double> scores) {
    Checks checks;
    checks.min_length("labels", labels, 2)
        .same_length("labels", labels, "scores", scores)
        .finite_values("scores", scores);
    double positives = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        checks.flag(fmt::format("labels[{}]", i + 1), labels[i]);
        positives += labels[i];
    }
    const double negatives = static_cast<double>(labels.size()) - positives;
    checks.require(positives > 0 && negatives > 0, "labels must contain both 0 and 1");
    if (auto ok = checks.status(); !ok) return util::fail(ok.error());

    // Mann-Whitney: AUC = U_pos / (n_pos n_neg); mid-ranks give ties one half.
    const std::vector<double> ranks = average_ranks(scores);
    double positive_rank_sum = 0;
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] == 1) positive_rank_sum += ranks[i];
    return (positive_rank_sum - positives * (positives + 1) / 2) / (positives * negatives);
}

util::Result<ConfusionMetrics> confusion_metrics(const ConfusionCounts& c) {
    if (auto ok = Checks{}
                      .whole_non_negative("tp", c.tp)
                      .whole_non_negative("fp", c.fp)
                      .whole_non_negative("fn", c.fn)
                      .whole_non_negative("tn", c.tn)
                      .require(c.tp + c.fp > 0, "tp + fp must be more than 0: precision is 0/0")
                      .require(c.tp + c.fn > 0, "tp + fn must be more than 0: recall is 0/0")
                      .status();
        !ok)
        return util::fail(ok.error());
    ConfusionMetrics m;
    m.precision = c.tp / (c.tp + c.fp);
    m.recall = c.tp / (c.tp + c.fn);
    m.f1 = 2 * c.tp / (2 * c.tp + c.fp + c.fn);
    m.accuracy = (c.tp + c.tn) / (c.tp + c.fp + c.fn + c.tn);
    return m;
}

}  // namespace prepl::stats
