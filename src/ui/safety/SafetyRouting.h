#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace tend::ui::safety {

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
    static nlohmann::json combinedEffects(const std::vector<nlohmann::json>& routes, int defaultRecheckDays);

private:
    bool holds(const std::string& expression, const Answers& answers) const;

    nlohmann::json m_document;
    std::vector<nlohmann::json> m_questions;
    std::vector<nlohmann::json> m_routes;
    int m_broken = 0;
};

/// The help resources (content/help/resources.json) for one country.
class HelpResources {
public:
    explicit HelpResources(nlohmann::json document);

    bool isValid() const { return m_document.is_object(); }
    std::string lastVerified() const;
    std::string fallback() const;
    const nlohmann::json& directory() const;
    /// The country's entry (emergency number and resources), or null when it is not listed.
    nlohmann::json country(const std::string& code) const;
    /// A region the country belongs to (e.g. the EU and 112) when the country itself is not listed.
    nlohmann::json regionFor(const std::string& code) const;
    /// Country codes listed in the file.
    std::vector<std::string> listedCountries() const;
    /// Resources of a country entry that serve any of `purposes` (all when `purposes` is empty).
    static std::vector<nlohmann::json> resourcesFor(const nlohmann::json& country,
                                                    const std::vector<std::string>& purposes);

private:
    nlohmann::json m_document;
};

} // namespace tend::ui::safety
