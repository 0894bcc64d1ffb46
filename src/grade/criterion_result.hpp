#pragma once
// One rubric criterion's outcome in a case verdict, and the user's own view of it.
#include <string>

namespace prepl::grade {

struct CriterionResult {
    std::string id;
    std::string part;       // the case part it scores
    std::string criterion;  // what a good answer does
    double points = 0;
    bool met = false;       // found by the automatic (keyword) scoring
    bool self_met = false;  // marked as met by the user after grading (self-assessment)
};

}  // namespace prepl::grade
