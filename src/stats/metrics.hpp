#pragma once
// Model-evaluation metrics: forecast errors, ROC AUC, confusion-matrix rates.
#include <span>

#include "util/error.hpp"

namespace prepl::stats {

struct ForecastErrors {
    double mae = 0;
    double rmse = 0;
    double mape = 0;   // percent: 100 mean(|e| / |y|)
    double smape = 0;  // percent: 100 mean(2 |e| / (|y| + |yhat|)), a 0/0 term counts as 0
    double mase = 0;   // MAE / mean |y_t - y_{t-1}| (in-sample naive one-step forecast)
};

struct ConfusionCounts {
    double tp = 0, fp = 0, fn = 0, tn = 0;
};

struct ConfusionMetrics {
    double precision = 0, recall = 0, f1 = 0, accuracy = 0;
};

// e = actual - forecast. Needs two or more points; fails when an actual is 0 (MAPE undefined)
// or the actual series is constant (MASE undefined), naming the key.
util::Result<ForecastErrors> forecast_errors(std::span<const double> actual,
                                             std::span<const double> forecast);
// Probability a random positive scores above a random negative; ties count one half.
// labels are 0/1 and both classes must occur.
util::Result<double> roc_auc(std::span<const double> labels, std::span<const double> scores);
// Fails when a rate has a zero denominator (e.g. precision with tp + fp = 0).
util::Result<ConfusionMetrics> confusion_metrics(const ConfusionCounts& counts);

}  // namespace prepl::stats
