#include "tend/safety/SafetyValidation.h"

#include <cctype>
#include <set>

#include "tend/content/Guard.h"

namespace tend::safety {
namespace {

using nlohmann::json;

// Collects problems for one file; every check names the place it looked at.
class Checker {
public:
    explicit Checker(std::string file) : m_file(std::move(file)) {}

    void add(const std::string& pointer, const std::string& message)
    {
        m_problems.push_back({m_file, pointer, message});
    }
    std::vector<content::Problem> take() { return std::move(m_problems); }

    const json* object(const json& parent, const std::string& pointer, const char* key, bool required = true)
    {
        const json* value = find(parent, pointer, key, required);
        if (value && !value->is_object()) {
            add(pointer + "/" + key, "must be an object");
            return nullptr;
        }
        return value;
    }

    const json* array(const json& parent, const std::string& pointer, const char* key, bool required = true)
    {
        const json* value = find(parent, pointer, key, required);
        if (value && (!value->is_array() || value->empty())) {
            add(pointer + "/" + key, "must be a non-empty array");
            return nullptr;
        }
        return value;
    }

    /// A non-empty string; its text, or empty when missing or wrong (already reported).
    std::string text(const json& parent, const std::string& pointer, const char* key, bool required = true)
    {
        const json* value = find(parent, pointer, key, required);
        if (!value)
            return {};
        if (!value->is_string() || value->get<std::string>().empty()) {
            add(pointer + "/" + key, "must be a non-empty string");
            return {};
        }
        return value->get<std::string>();
    }

private:
    const json* find(const json& parent, const std::string& pointer, const char* key, bool required)
    {
        if (!parent.is_object())
            return nullptr;
        if (!parent.contains(key)) {
            if (required)
                add(pointer, std::string("\"") + key + "\" is missing");
            return nullptr;
        }
        return &parent[key];
    }

    std::string m_file;
    std::vector<content::Problem> m_problems;
};

std::string at(const std::string& pointer, std::size_t index)
{
    return pointer + "/" + std::to_string(index);
}

bool isKebab(const std::string& id)
{
    if (id.empty() || id.front() == '-' || id.back() == '-')
        return false;
    for (char c : id) {
        if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-'))
            return false;
    }
    return true;
}

bool isIsoDate(const std::string& text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
        if (!std::isdigit(static_cast<unsigned char>(text[i])))
            return false;
    }
    const int month = std::stoi(text.substr(5, 2));
    const int day = std::stoi(text.substr(8, 2));
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// A `when` must parse, and may only refer to questions of this file (a typo would silently never route).
void checkWhen(Checker& c, const json& item, const std::string& pointer, const std::set<std::string>& questions)
{
    if (!item.contains("when"))
        return;
    const json& when = item["when"];
    if (!when.is_string()) {
        c.add(pointer + "/when", "must be a string (a guard)");
        return;
    }
    content::GuardSyntaxError detail;
    auto guard = content::Guard::parse(when.get<std::string>(), &detail);
    if (!guard) {
        c.add(pointer + "/when", "does not parse at column " + std::to_string(detail.column) + ": " + detail.message);
        return;
    }
    for (const auto& reference : guard->references()) {
        if (!questions.count(reference.card))
            c.add(pointer + "/when", "refers to \"" + reference.card + "\", which is not a question of this file");
    }
}

void checkScreenActions(Checker& c, const json& holder, const std::string& pointer)
{
    static const std::set<std::string> kinds{"dismiss", "practices", "help-page", "retake"};
    if (!holder.contains("actions"))
        return;
    const json& actions = holder["actions"];
    if (!actions.is_array()) {
        c.add(pointer + "/actions", "must be an array");
        return;
    }
    for (std::size_t i = 0; i < actions.size(); ++i) {
        const json& action = actions[i];
        const std::string ap = at(pointer + "/actions", i);
        if (!action.is_object()) {
            c.add(ap, "must be an object");
            continue;
        }
        c.text(action, ap, "id");
        c.text(action, ap, "label");
        const std::string kind = c.text(action, ap, "kind");
        if (!kind.empty() && !kinds.count(kind))
            c.add(ap + "/kind", "\"" + kind + "\" is not one of dismiss, practices, help-page, retake");
    }
}

void checkTitleBody(Checker& c, const json& root, const char* key)
{
    if (const json* block = c.object(root, "", key)) {
        c.text(*block, std::string("/") + key, "title");
        c.text(*block, std::string("/") + key, "body");
    }
}

} // namespace

std::vector<content::Problem> validateSafetyCheck(const json& document, const std::string& file)
{
    Checker c(file);
    if (!document.is_object()) {
        c.add("", "the safety check must be one JSON object (docs/safety-format.md)");
        return c.take();
    }
    if (!document.contains("format") || document["format"] != 1)
        c.add("/format", "must be 1");
    if (c.text(document, "", "id") != "safety-check" && document.contains("id"))
        c.add("/id", "must be \"safety-check\"");
    c.text(document, "", "locale");
    c.text(document, "", "title");
    c.text(document, "", "disclaimer");
    c.text(document, "", "privacy");
    if (!document.contains("recheck_days") || !document["recheck_days"].is_number_integer() ||
        document["recheck_days"].get<int>() < 1)
        c.add("/recheck_days", "must be a whole number of days, at least 1");

    if (const json* start = c.object(document, "", "start")) {
        c.text(*start, "/start", "title");
        c.text(*start, "/start", "body");
        c.text(*start, "/start", "alone_question");
        c.text(*start, "/start", "postponed_body");
        bool begins = false;
        if (const json* options = c.array(*start, "/start", "alone_options")) {
            for (std::size_t i = 0; i < options->size(); ++i) {
                const std::string op = at("/start/alone_options", i);
                const json& option = (*options)[i];
                c.text(option, op, "id");
                c.text(option, op, "label");
                const std::string action = c.text(option, op, "action");
                if (!action.empty() && action != "begin" && action != "postpone")
                    c.add(op + "/action", "must be \"begin\" or \"postpone\"");
                begins = begins || action == "begin";
            }
            if (!begins)
                c.add("/start/alone_options", "needs an option whose action is \"begin\"");
        }
    }

    // Question ids first, so guards and follow-ups can be checked against all of them.
    std::set<std::string> questionIds;
    const json* questions = c.array(document, "", "questions");
    if (questions) {
        for (std::size_t i = 0; i < questions->size(); ++i) {
            const json& q = (*questions)[i];
            if (q.is_object() && q.contains("id") && q["id"].is_string() &&
                !questionIds.insert(q["id"].get<std::string>()).second)
                c.add(at("/questions", i) + "/id", "\"" + q["id"].get<std::string>() + "\" appears twice");
        }
        for (std::size_t i = 0; i < questions->size(); ++i) {
            const json& q = (*questions)[i];
            const std::string qp = at("/questions", i);
            if (!q.is_object()) {
                c.add(qp, "must be an object");
                continue;
            }
            const std::string id = c.text(q, qp, "id");
            if (!id.empty() && !isKebab(id))
                c.add(qp + "/id", "ids are kebab-case (lowercase letters, digits and '-')");
            c.text(q, qp, "text");
            if (const json* options = c.array(q, qp, "options")) {
                std::set<std::string> optionIds;
                for (std::size_t k = 0; k < options->size(); ++k) {
                    const std::string op = at(qp + "/options", k);
                    const std::string oid = c.text((*options)[k], op, "id");
                    c.text((*options)[k], op, "label");
                    if (!oid.empty() && !optionIds.insert(oid).second)
                        c.add(op + "/id", "\"" + oid + "\" appears twice in this question");
                }
            }
            if (q.contains("follow_up_of")) {
                const std::string parent = c.text(q, qp, "follow_up_of");
                if (!parent.empty() && !questionIds.count(parent))
                    c.add(qp + "/follow_up_of", "\"" + parent + "\" is not a question of this file");
            }
            checkWhen(c, q, qp, questionIds);
        }
    }

    std::set<std::string> routeIds;
    const json* routes = c.array(document, "", "routes");
    if (routes) {
        for (const json& route : *routes) {
            if (route.is_object() && route.contains("id") && route["id"].is_string())
                routeIds.insert(route["id"].get<std::string>());
        }
        for (std::size_t i = 0; i < routes->size(); ++i) {
            const json& route = (*routes)[i];
            const std::string rp = at("/routes", i);
            if (!route.is_object()) {
                c.add(rp, "must be an object");
                continue;
            }
            c.text(route, rp, "id");
            if (!route.contains("rank") || !route["rank"].is_number_integer())
                c.add(rp + "/rank", "must be a whole number (1 is highest)");
            if (!route.contains("when"))
                c.add(rp, "\"when\" is missing");
            checkWhen(c, route, rp, questionIds);
            if (route.contains("suppressed_by")) {
                const json& by = route["suppressed_by"];
                if (!by.is_array()) {
                    c.add(rp + "/suppressed_by", "must be an array of route ids");
                } else {
                    for (std::size_t k = 0; k < by.size(); ++k) {
                        if (!by[k].is_string() || !routeIds.count(by[k].get<std::string>()))
                            c.add(at(rp + "/suppressed_by", k), "names a route that does not exist in this file");
                    }
                }
            }
            if (const json* effects = c.object(route, rp, "effects", false)) {
                const auto& e = *effects;
                auto oneOf = [&](const char* key, std::set<std::string> allowed) {
                    if (e.contains(key) && (!e[key].is_string() || !allowed.count(e[key].get<std::string>())))
                        c.add(rp + "/effects/" + key, "has a value the app does not know");
                };
                oneOf("joint", {"open", "locked"});
                oneOf("programs", {"open", "calming-only"});
                oneOf("take_space", {"on", "off"});
                if (e.contains("recheck_days") && (!e["recheck_days"].is_number_integer() || e["recheck_days"] < 0))
                    c.add(rp + "/effects/recheck_days", "must be a whole number of days, 0 or more");
            }
            if (const json* screen = c.object(route, rp, "screen")) {
                const std::string sp = rp + "/screen";
                c.text(*screen, sp, "title");
                c.text(*screen, sp, "body");
                const std::string style = c.text(*screen, sp, "style");
                if (!style.empty() && style != "full-screen" && style != "page" && style != "notice")
                    c.add(sp + "/style", "must be full-screen, page or notice");
                if (screen->contains("resource_for") && (*screen)["resource_for"].is_array()) {
                    for (std::size_t k = 0; k < (*screen)["resource_for"].size(); ++k) {
                        const json& tag = (*screen)["resource_for"][k];
                        static const std::set<std::string> tags{"crisis", "suicide", "domestic-abuse", "use-of-harm"};
                        if (!tag.is_string() || !tags.count(tag.get<std::string>()))
                            c.add(at(sp + "/resource_for", k),
                                  "is not a resource tag (crisis, suicide, domestic-abuse, "
                                  "use-of-harm)");
                    }
                }
                checkScreenActions(c, *screen, sp);
            }
        }
    }

    checkTitleBody(c, document, "no_route");
    checkTitleBody(c, document, "neutral_notice");
    if (const json* inSession = c.object(document, "", "in_session")) {
        if (const json* button = c.object(*inSession, "/in_session", "unsafe_button"))
            c.text(*button, "/in_session/unsafe_button", "label");
        if (const json* screen = c.object(*inSession, "/in_session", "unsafe_screen")) {
            c.text(*screen, "/in_session/unsafe_screen", "title");
            c.text(*screen, "/in_session/unsafe_screen", "body");
            checkScreenActions(c, *screen, "/in_session/unsafe_screen");
        }
    }
    // R8: fixed, so that nothing a content edit does can send the answers anywhere.
    if (const json* storage = c.object(document, "", "storage")) {
        if (!storage->contains("visible_to") || (*storage)["visible_to"] != "this-person")
            c.add("/storage/visible_to", "must be \"this-person\"");
        for (const char* flag : {"show_to_partner", "notify_partner", "export"}) {
            if (!storage->contains(flag) || (*storage)[flag] != false)
                c.add(std::string("/storage/") + flag, "must be false");
        }
    }
    return c.take();
}

std::vector<content::Problem> validateHelpResources(const json& document, const std::string& file)
{
    Checker c(file);
    if (!document.is_object()) {
        c.add("", "the help resources must be one JSON object (docs/safety-format.md)");
        return c.take();
    }
    if (!document.contains("format") || document["format"] != 1)
        c.add("/format", "must be 1");
    c.text(document, "", "fallback");
    if (const json* directory = c.object(document, "", "directory")) {
        c.text(*directory, "/directory", "name");
        c.text(*directory, "/directory", "url");
    }
    const std::string lastVerified = c.text(document, "", "last_verified");
    if (!lastVerified.empty() && !isIsoDate(lastVerified))
        c.add("/last_verified", "must be a date written as YYYY-MM-DD");
    std::string oldest; // the help page says "last checked on" this date, so it must never be newer than a number
    static const std::set<std::string> purposes{"crisis", "suicide", "domestic-abuse", "use-of-harm"};
    std::set<std::string> ids;
    std::set<std::string> codes;
    const json* countries = c.array(document, "", "countries");
    if (!countries)
        return c.take();
    // (the last_verified check below needs every resource's date)
    for (std::size_t i = 0; i < countries->size(); ++i) {
        const json& country = (*countries)[i];
        const std::string cp = at("/countries", i);
        const std::string code = c.text(country, cp, "code");
        if (!code.empty() && (code.size() != 2 || !std::isupper(static_cast<unsigned char>(code[0])) ||
                              !std::isupper(static_cast<unsigned char>(code[1]))))
            c.add(cp + "/code", "must be an ISO 3166-1 alpha-2 code such as \"GB\"");
        if (!code.empty() && !codes.insert(code).second)
            c.add(cp + "/code", "\"" + code + "\" appears twice");
        c.text(country, cp, "name");
        c.text(country, cp, "emergency");
        const json* resources = c.array(country, cp, "resources");
        if (!resources)
            continue;
        for (std::size_t k = 0; k < resources->size(); ++k) {
            const json& r = (*resources)[k];
            const std::string rp = at(cp + "/resources", k);
            const std::string id = c.text(r, rp, "id");
            if (!id.empty() && !isKebab(id))
                c.add(rp + "/id", "ids are kebab-case (lowercase letters, digits and '-')");
            if (!id.empty() && !ids.insert(id).second)
                c.add(rp + "/id", "\"" + id + "\" appears twice in the file");
            c.text(r, rp, "name");
            c.text(r, rp, "phone");
            c.text(r, rp, "description");
            c.text(r, rp, "audience");
            const std::string source = c.text(r, rp, "source");
            if (!source.empty() && source.rfind("https://", 0) != 0)
                c.add(rp + "/source", "must be the service's own page, as an https:// address");
            const std::string verified = c.text(r, rp, "verified");
            if (!verified.empty() && !isIsoDate(verified))
                c.add(rp + "/verified", "must be a date written as YYYY-MM-DD");
            else if (!verified.empty() && (oldest.empty() || verified < oldest))
                oldest = verified;
            if (const json* coverage = c.array(r, rp, "coverage")) {
                for (std::size_t n = 0; n < coverage->size(); ++n) {
                    if (!(*coverage)[n].is_string() || (*coverage)[n].get<std::string>().empty())
                        c.add(at(rp + "/coverage", n), "must be a region name");
                }
            }
            if (const json* tags = c.array(r, rp, "for")) {
                for (std::size_t n = 0; n < tags->size(); ++n) {
                    if (!(*tags)[n].is_string() || !purposes.count((*tags)[n].get<std::string>()))
                        c.add(at(rp + "/for", n), "is not one of crisis, suicide, domestic-abuse, use-of-harm");
                }
            }
        }
    }
    if (!oldest.empty() && isIsoDate(lastVerified) && lastVerified != oldest)
        c.add("/last_verified", "must be the oldest \"verified\" date in the file (" + oldest +
                                    "), so the help page never says a number was checked more recently than it was");
    return c.take();
}

} // namespace tend::safety
