#pragma once
// Answering a case problem in the shell, part by part (CASE_FORMAT.md, "User answers"):
// text parts collect lines until one holding only "."; choice parts take "2", "1,3" or the
// choice text; `edit` opens $EDITOR on the current part; `submit` grades all parts; `met ID`
// records a self-assessed criterion after grading.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "bank/bank.hpp"
#include "grade/case_problem.hpp"
#include "grade/verdict.hpp"

namespace prepl::repl {

class Shell;

class CaseSession {
public:
    // Starts a case: lists the parts and asks the first. Returns what to print.
    std::string start(const bank::Problem& problem, const bank::Bank& bank, bool color);
    void reset();

    bool active() const { return m_problem != nullptr; }
    // Reading an answer for a part: input lines belong to it.
    bool collecting() const { return m_part.has_value(); }
    // Nothing typed yet for the current part: a command word at this point runs the command.
    bool at_part_start() const { return m_buffer.empty(); }

    std::string feed_line(const std::string& line);
    void clear_input() { m_buffer.clear(); }
    // Answers saved earlier (a paused mock): parts found in `answers` take their value; the
    // part being asked is the first one still unanswered.
    void restore(const nlohmann::json& answers);  // Ctrl-C: drop the part's partly typed text
    std::string answer(const std::string& part_id);  // `answer PART` (empty: the first unanswered)
    std::string edit();                              // `edit`
    std::string submit();                            // `submit`
    std::string met(const std::string& criterion);   // `met CRITERION`
    std::string prompt() const;
    std::string model_answers() const;
    // Tab completion after `answer` (part ids) or `met` (criterion ids).
    std::vector<std::string> completions(std::string_view command) const;  // for `solution`: each part's model answer or right choices

    const nlohmann::json& answers() const { return m_answers; }
    const std::optional<grade::Verdict>& verdict() const { return m_verdict; }

private:
    std::string ask(std::size_t index, bool sequential);
    std::string store(const std::string& text);  // the current part's answer; then the next part

    const bank::Problem* m_problem = nullptr;
    const bank::Bank* m_bank = nullptr;
    grade::CaseProblem m_spec;
    nlohmann::json m_answers = nlohmann::json::object();  // normalized (grade/case_answer.hpp)
    std::optional<std::size_t> m_part;
    bool m_sequential = false;  // after this part, ask the next one
    std::string m_buffer;
    std::optional<grade::Verdict> m_verdict;
    bool m_color = false;
};

// The numbered list of a case's parts and their questions (for `open` and `prepl show`).
std::string render_case_parts(const grade::CaseProblem& spec);

// Handlers for the shell's command table.
std::string case_answer_command(Shell& shell, const std::string& args);
std::string case_edit_command(Shell& shell, const std::string& args);
std::string case_met_command(Shell& shell, const std::string& args);

}  // namespace prepl::repl
