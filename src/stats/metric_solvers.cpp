#include "stats/metrics.hpp"
#include "stats/solver_tables.hpp"

namespace prepl::stats {
namespace {

util::Result<Outputs> run_forecast_errors(const Args& args) {
    ArgReader in(args);
    const Vector actual = in.vector("actual"), forecast = in.vector("forecast");
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(forecast_errors(actual, forecast), [](const ForecastErrors& e) {
        return Outputs{{"mae", e.mae},
                       {"rmse", e.rmse},
                       {"mape", e.mape},
                       {"smape", e.smape},
                       {"mase", e.mase}};
    });
}

util::Result<Outputs> run_roc_auc(const Args& args) {
    ArgReader in(args);
    const Vector labels = in.vector("labels"), scores = in.vector("scores");
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(roc_auc(labels, scores), [](double auc) { return Outputs{{"auc", auc}}; });
}

util::Result<Outputs> run_confusion(const Args& args) {
    ArgReader in(args);
    const ConfusionCounts c{in.number("tp"), in.number("fp"), in.number("fn"), in.number("tn")};
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(confusion_metrics(c), [](const ConfusionMetrics& m) {
        return Outputs{{"precision", m.precision},
                       {"recall", m.recall},
                       {"f1", m.f1},
                       {"accuracy", m.accuracy}};
    });
}

}  // namespace

std::vector<SolverInfo> metric_solvers() {
    return {
        {"forecast_errors",
         "Forecast accuracy with e = actual - forecast: mae, rmse, mape (%), smape (%, mean of "
         "2|e|/(|y|+|yhat|)), mase (MAE / mean |y_t - y_{t-1}|)",
         {vector_input("actual", "observed values (none may be 0, for MAPE)"),
          vector_input("forecast", "forecast values, same length")},
         {"mae", "rmse", "mape", "smape", "mase"},
         run_forecast_errors},
        {"roc_auc",
         "Area under the ROC curve: P(score of a positive > score of a negative), ties count 1/2",
         {vector_input("labels", "true classes, 0 or 1"),
          vector_input("scores", "model scores, same length")},
         {"auc"},
         run_roc_auc},
        {"confusion_metrics",
         "Precision tp/(tp+fp), recall tp/(tp+fn), F1 and accuracy from a confusion matrix",
         {number_input("tp", "true positives"), number_input("fp", "false positives"),
          number_input("fn", "false negatives"), number_input("tn", "true negatives")},
         {"precision", "recall", "f1", "accuracy"},
         run_confusion},
    };
}

}  // namespace prepl::stats
