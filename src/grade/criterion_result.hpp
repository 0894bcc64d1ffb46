#pragma once
// One rubric criterion's outcome in a case verdict, and the user's own view of it.
#include <string>

namespace prepl::grade {

struct CriterionResult {
    std::string id;
    std::string part;       // the case part it scores
    std::string criterion;  // what a good answer does
    double points = 0;
    bool met = false;       // fully met by the automatic scoring
    double earned = 0;      // automatic points: all for met, a share for partly, none otherwise
    std::string outcome;    // met, partly, missed, negated or contradicted (graders/lib/rubric.lua)
    std::string quote;      // the answer's sentence that earned or lost it, if any
    bool required = false;  // missed, it caps the verdict at rejected
    bool self_met = false;  // marked as met by the user after grading (self-assessment)
};

}  // namespace prepl::grade
