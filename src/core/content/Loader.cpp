#include "tend/content/Loader.h"

#include <set>

#include "ContentReader.h"
#include "ProgramReader.h"

namespace tend::content {

namespace {

using detail::pointerJoin;
using detail::Presence;
using detail::Reader;

std::string quote(const std::string& text)
{
    return "\"" + text + "\"";
}

bool endsWith(const std::string& text, const std::string& suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string_view baseName(FileKind kind)
{
    switch (kind) {
    case FileKind::Regulation:
        return "regulation";
    case FileKind::Rebonding:
        return "rebonding";
    case FileKind::Needs:
        return "needs";
    default:
        return "";
    }
}

// Reads the shared head of a practices file and checks it against the file name `<kind>.<locale>.json`.
void readPracticesHead(const nlohmann::json& root, const std::string& fileName, FileKind kind, Reader& reader,
                       PracticeLibrary& library)
{
    if (reader.field(root, "format")) {
        auto format = reader.integer(root, "", "format", Presence::Optional, 1, 1000);
        if (format && *format != 1)
            reader.add("/format",
                       "format " + std::to_string(*format) + " is not supported; this version reads format 1");
    }
    library.locale = reader.string(root, "", "locale", Presence::Required).value_or("");
    if (!library.locale.empty() && !isValidLocale(library.locale))
        reader.add("/locale", quote(library.locale) + " is not a locale such as \"en\", \"de\" or \"pt-BR\"");

    const std::string name = std::filesystem::path(fileName).filename().string();
    if (!endsWith(name, ".json"))
        return;
    const std::string prefix = std::string(baseName(kind)) + ".";
    const std::string stem = name.substr(0, name.size() - 5);
    if (stem.rfind(prefix, 0) != 0) {
        reader.add("", "the file name must be " + std::string(baseName(kind)) + ".<locale>.json");
        return;
    }
    const std::string locale = stem.substr(prefix.size());
    if (!isValidLocale(locale))
        reader.add("", "the locale " + quote(locale) + " in the file name is not a locale such as \"en\" or \"pt-BR\"");
    else if (!library.locale.empty() && locale != library.locale)
        reader.add("/locale",
                   "the file name says locale " + quote(locale) + " but the file says " + quote(library.locale));
}

std::string readId(const nlohmann::json& item, const std::string& at, Reader& reader, std::set<std::string>& seen,
                   std::string_view what)
{
    std::string id = reader.string(item, at, "id", Presence::Required).value_or("");
    if (id.empty())
        return id;
    if (!isValidId(id))
        reader.add(pointerJoin(at, "id"), "the " + std::string(what) + " id " + quote(id) +
                                              " may use only lowercase letters, digits and \"-\"");
    else if (!seen.insert(id).second)
        reader.add(pointerJoin(at, "id"), "the " + std::string(what) + " id " + quote(id) + " is used twice");
    return id;
}

void readRegulation(const nlohmann::json& root, Reader& reader, PracticeLibrary& library)
{
    reader.checkKeys(root, "", {"format", "locale", "patterns", "practices"}, {}, "a regulation file");
    std::set<std::string> patternIds;
    if (const nlohmann::json* patterns = reader.array(root, "", "patterns", Presence::Required, true)) {
        for (std::size_t i = 0; i < patterns->size(); ++i) {
            const auto& item = (*patterns)[i];
            const std::string at = pointerJoin("/patterns", i);
            if (!reader.expectObject(item, at, "a breathing pattern"))
                continue;
            reader.checkKeys(item, at, {"id", "title", "description", "phases", "default_minutes", "caution"}, {},
                             "a breathing pattern");
            BreathingPattern pattern;
            pattern.raw = item;
            pattern.id = readId(item, at, reader, patternIds, "pattern");
            pattern.title = reader.string(item, at, "title", Presence::Required).value_or("");
            pattern.description = reader.string(item, at, "description", Presence::Optional).value_or("");
            pattern.caution = reader.string(item, at, "caution", Presence::Optional).value_or("");
            pattern.defaultMinutes =
                static_cast<int>(reader.integer(item, at, "default_minutes", Presence::Optional, 1, 10).value_or(5));
            bool inhale = false;
            bool exhale = false;
            if (const nlohmann::json* phases = reader.array(item, at, "phases", Presence::Required, true)) {
                const std::string phasesAt = pointerJoin(at, "phases");
                for (std::size_t p = 0; p < phases->size(); ++p) {
                    const auto& phaseJson = (*phases)[p];
                    const std::string phaseAt = pointerJoin(phasesAt, p);
                    if (!reader.expectObject(phaseJson, phaseAt, "a phase"))
                        continue;
                    reader.checkKeys(phaseJson, phaseAt, {"phase", "seconds"}, {}, "a phase");
                    BreathingPhase phase;
                    const std::string kindText =
                        reader.string(phaseJson, phaseAt, "phase", Presence::Required).value_or("");
                    const auto kind = phaseKindFromString(kindText);
                    const bool known = kind.has_value();
                    if (!kindText.empty() && !known)
                        reader.add(pointerJoin(phaseAt, "phase"),
                                   "unknown phase " + quote(kindText) +
                                       "; phases are inhale, inhale-top, hold, exhale, rest");
                    phase.kind = known ? *kind : PhaseKind::Rest;
                    const double seconds =
                        reader.number(phaseJson, phaseAt, "seconds", Presence::Required, 0, 30).value_or(0);
                    phase.seconds = seconds;
                    if (known && phase.kind == PhaseKind::Hold && seconds > 2)
                        reader.add(pointerJoin(phaseAt, "seconds"),
                                   "a hold lasts at most 2 seconds; Tend offers no breath-holding routines");
                    inhale = inhale || (known && phase.kind == PhaseKind::Inhale);
                    exhale = exhale || (known && phase.kind == PhaseKind::Exhale);
                    pattern.phases.push_back(phase);
                }
                if (!pattern.phases.empty() && (!inhale || !exhale))
                    reader.add(phasesAt, "a breathing pattern needs at least one inhale and one exhale");
            }
            library.patterns.push_back(std::move(pattern));
        }
    }
    std::set<std::string> practiceIds;
    if (const nlohmann::json* practices = reader.array(root, "", "practices", Presence::Required, true)) {
        for (std::size_t i = 0; i < practices->size(); ++i) {
            const auto& item = (*practices)[i];
            const std::string at = pointerJoin("/practices", i);
            if (!reader.expectObject(item, at, "a practice"))
                continue;
            reader.checkKeys(item, at, {"id", "title", "tag", "minutes", "steps", "pattern", "evidence"}, {},
                             "a practice");
            Practice practice;
            practice.raw = item;
            practice.id = readId(item, at, reader, practiceIds, "practice");
            practice.title = reader.string(item, at, "title", Presence::Required).value_or("");
            if (auto tag = reader.string(item, at, "tag", Presence::Required)) {
                if (auto parsed = practiceTagFromString(*tag))
                    practice.tag = *parsed;
                else
                    reader.add(pointerJoin(at, "tag"), "\"tag\" must be \"settle\" or \"lift\"");
            }
            practice.minutes = reader.number(item, at, "minutes", Presence::Required, 0, 60).value_or(0);
            practice.steps = reader.strings(item, at, "steps", Presence::Required).value_or(std::vector<std::string>{});
            if (reader.field(item, "steps") && reader.field(item, "steps")->is_array() &&
                reader.field(item, "steps")->empty())
                reader.add(pointerJoin(at, "steps"), "\"steps\" must not be empty");
            practice.pattern = reader.string(item, at, "pattern", Presence::Optional).value_or("");
            if (!practice.pattern.empty() && !patternIds.count(practice.pattern))
                reader.add(pointerJoin(at, "pattern"),
                           "the breathing pattern " + quote(practice.pattern) + " is not defined in this file");
            practice.evidence = reader.string(item, at, "evidence", Presence::Optional).value_or("");
            library.practices.push_back(std::move(practice));
        }
    }
}

void readRebonding(const nlohmann::json& root, Reader& reader, PracticeLibrary& library)
{
    reader.checkKeys(root, "", {"format", "locale", "ideas"}, {}, "a rebonding file");
    std::set<std::string> ids;
    const nlohmann::json* ideas = reader.array(root, "", "ideas", Presence::Required, true);
    if (!ideas)
        return;
    bool withoutTouch = false;
    for (std::size_t i = 0; i < ideas->size(); ++i) {
        const auto& item = (*ideas)[i];
        const std::string at = pointerJoin("/ideas", i);
        if (!reader.expectObject(item, at, "an idea"))
            continue;
        reader.checkKeys(item, at, {"id", "title", "body", "touch"}, {}, "an idea");
        RebondingIdea idea;
        idea.raw = item;
        idea.id = readId(item, at, reader, ids, "idea");
        idea.title = reader.string(item, at, "title", Presence::Required).value_or("");
        idea.body = reader.string(item, at, "body", Presence::Required).value_or("");
        auto touch = reader.boolean(item, at, "touch");
        if (!reader.field(item, "touch"))
            reader.add(at, "missing the required field \"touch\"");
        idea.touch = touch.value_or(false);
        withoutTouch = withoutTouch || (touch && !*touch);
        library.ideas.push_back(std::move(idea));
    }
    if (!library.ideas.empty() && !withoutTouch)
        reader.add("/ideas", "touch is always optional, so at least one idea must work without touch");
}

void readNeeds(const nlohmann::json& root, Reader& reader, PracticeLibrary& library)
{
    reader.checkKeys(root, "", {"format", "locale", "needs"}, {}, "a needs file");
    std::set<std::string> ids;
    const nlohmann::json* needs = reader.array(root, "", "needs", Presence::Required, true);
    if (!needs)
        return;
    for (std::size_t i = 0; i < needs->size(); ++i) {
        const auto& item = (*needs)[i];
        const std::string at = pointerJoin("/needs", i);
        if (!reader.expectObject(item, at, "a need"))
            continue;
        reader.checkKeys(item, at, {"id", "label", "body"}, {}, "a need");
        Need need;
        need.raw = item;
        need.id = readId(item, at, reader, ids, "need");
        need.label = reader.string(item, at, "label", Presence::Required).value_or("");
        need.body = reader.string(item, at, "body", Presence::Optional).value_or("");
        library.needs.push_back(std::move(need));
    }
    for (const std::string& required : requiredNeedIds()) {
        if (!ids.count(required))
            reader.add("/needs", "the need " + quote(required) +
                                     " is missing; every needs file lists space, "
                                     "solitude, disengagement, silence-presence, "
                                     "assurance and other");
    }
}

} // namespace

FileKind fileKindFor(const std::filesystem::path& file)
{
    const std::string name = file.filename().string();
    const std::string folder = file.parent_path().filename().string();
    if (endsWith(name, ".schema.json"))
        return FileKind::Schema;
    if (folder == "programs")
        return FileKind::Program;
    if (folder == "practices" || folder.empty()) {
        if (name.rfind("regulation.", 0) == 0)
            return FileKind::Regulation;
        if (name.rfind("rebonding.", 0) == 0)
            return FileKind::Rebonding;
        if (name.rfind("needs.", 0) == 0)
            return FileKind::Needs;
    }
    return FileKind::Other;
}

ProgramLoad loadProgramText(std::string_view text, const std::string& fileName, const PracticeLibrary* library,
                            const JsonLimits& limits)
{
    ProgramLoad load;
    Reader reader(fileName);
    try {
        auto json = parseJsonText(text, limits);
        if (!json) {
            reader.add("", json.error().message);
            load.problems = reader.takeProblems();
            return load;
        }
        auto parsed = detail::readProgram(json.value(), reader);
        detail::checkProgramFileName(parsed, fileName, reader);
        detail::fillOptionsFrom(parsed, library, reader);
        detail::checkProgram(parsed, library, reader);
        if (reader.problems().empty()) {
            Program& program = parsed.program;
            program.format = 1;
            program.source = fileName;
            // Breathing cards without a length take the pattern's default.
            for (Step& step : program.steps) {
                for (Card& card : step.cards) {
                    if (card.kind == CardKind::Breathing && card.minutes == 0) {
                        const BreathingPattern* pattern = library ? library->findPattern(card.pattern) : nullptr;
                        card.minutes = pattern ? pattern->defaultMinutes : 5;
                    }
                }
            }
            load.program = std::make_shared<const Program>(std::move(program));
        }
    } catch (const std::exception& error) {
        // Nothing above should throw; if something does, report it rather than escape the API.
        reader.add("", std::string("could not be read: ") + error.what());
        load.program.reset();
    }
    load.problems = reader.takeProblems();
    return load;
}

CardLoad loadCardJson(const nlohmann::json& json, Who who)
{
    CardLoad load;
    Reader reader("card");
    std::optional<Card> card = detail::readLoneCard(json, "", who, reader);
    load.problems = reader.takeProblems();
    if (card && load.problems.empty())
        load.card = std::move(card);
    return load;
}

ProgramLoad loadProgramFile(const std::filesystem::path& file, const PracticeLibrary* library, const JsonLimits& limits)
{
    auto text = readFileCapped(file, limits.maxBytes);
    if (!text) {
        ProgramLoad load;
        load.problems.push_back({file.string(), "", text.error().message});
        return load;
    }
    return loadProgramText(text.value(), file.string(), library, limits);
}

PracticesLoad loadPracticesText(std::string_view text, const std::string& fileName, FileKind kind,
                                const JsonLimits& limits)
{
    PracticesLoad load;
    Reader reader(fileName);
    if (!isPracticesKind(kind)) {
        reader.add("", "this is not a regulation, rebonding or needs file");
        load.problems = reader.takeProblems();
        return load;
    }
    try {
        auto json = parseJsonText(text, limits);
        if (!json) {
            reader.add("", json.error().message);
        } else if (reader.expectObject(json.value(), "", "a practices file")) {
            PracticeLibrary library;
            readPracticesHead(json.value(), fileName, kind, reader, library);
            if (kind == FileKind::Regulation)
                readRegulation(json.value(), reader, library);
            else if (kind == FileKind::Rebonding)
                readRebonding(json.value(), reader, library);
            else
                readNeeds(json.value(), reader, library);
            if (reader.problems().empty())
                load.library = std::move(library);
        }
    } catch (const std::exception& error) {
        reader.add("", std::string("could not be read: ") + error.what());
        load.library = {};
    }
    load.problems = reader.takeProblems();
    return load;
}

PracticesLoad loadPracticesFile(const std::filesystem::path& file, FileKind kind, const JsonLimits& limits)
{
    auto text = readFileCapped(file, limits.maxBytes);
    if (!text) {
        PracticesLoad load;
        load.problems.push_back({file.string(), "", text.error().message});
        return load;
    }
    return loadPracticesText(text.value(), file.string(), kind, limits);
}

void mergeLibrary(PracticeLibrary& into, const PracticeLibrary& part)
{
    if (into.locale.empty())
        into.locale = part.locale;
    into.patterns.insert(into.patterns.end(), part.patterns.begin(), part.patterns.end());
    into.practices.insert(into.practices.end(), part.practices.begin(), part.practices.end());
    into.ideas.insert(into.ideas.end(), part.ideas.begin(), part.ideas.end());
    into.needs.insert(into.needs.end(), part.needs.begin(), part.needs.end());
}

} // namespace tend::content
