#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace tend::safety {

/// `in_session.overwhelm`: the note a high check-in brings up during a repair, offering a pause.
struct OverwhelmNote {
    int levelAtLeast = 7; ///< `checkin_level_at_least`
    std::string title;
    std::string body;
};

/// The private safety check (content/safety/safety-check.<locale>.json): which questions to ask given
/// the answers so far, and which routes the answers lead to. Plain C++ over the content's JSON; the
/// `when` expressions use the content guard language.
class SafetyCheck {
public:
    /// Takes the whole file. Questions or routes whose guard does not parse are ignored (and counted).
    explicit SafetyCheck(nlohmann::json document);

    bool isValid() const { return !m_questions.empty(); }
    const nlohmann::json& document() const { return m_document; }
    const std::vector<nlohmann::json>& questions() const { return m_questions; }
    int brokenExpressions() const { return m_broken; }

    using Answers = std::map<std::string, nlohmann::json>;

    /// Whether a question should be asked given the answers so far (its `when`, if any, holds).
    bool isAsked(const nlohmann::json& question, const Answers& answers) const;
    /// Index of the next question to ask after `index` (-1 = from the start); -1 when none is left.
    int nextQuestion(int index, const Answers& answers) const;

    /// Every route whose `when` holds, best rank first (their effects all apply).
    std::vector<nlohmann::json> matchingRoutes(const Answers& answers) const;
    /// Of `matched`, those whose screen is shown: not suppressed by another matched route.
    static std::vector<nlohmann::json> shownRoutes(const std::vector<nlohmann::json>& matched);
    /// A matching route marked `immediate` (the check stops and shows it at once), or null.
    nlohmann::json immediateRoute(const Answers& answers) const;

    /// The combined effects of `routes`: "joint" locked if any locks it, "take_space" off if any turns
    /// it off, the smallest "recheck_days".
    /// The in-session overwhelm note as the file gives it (the threshold 7 when it names none).
    OverwhelmNote overwhelmNote() const;
    /// True when a check-in answer ({"level": n, ...}) reaches the note's level.
    static bool overwhelms(const OverwhelmNote& note, const nlohmann::json& checkinAnswer);

    static nlohmann::json combinedEffects(const std::vector<nlohmann::json>& routes, int defaultRecheckDays);

private:
    bool holds(const std::string& expression, const Answers& answers) const;

    nlohmann::json m_document;
    std::vector<nlohmann::json> m_questions;
    std::vector<nlohmann::json> m_routes;
    int m_broken = 0;
};

} // namespace tend::safety
