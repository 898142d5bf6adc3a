// The Markdown export "for reading": the journal as a person would tell it, through the Reader.
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "tend/reading/Reading.h"

namespace tend::reading {
namespace {
using nlohmann::json;

std::string text(const json& value, const char* key)
{
    if (value.is_object())
        if (auto it = value.find(key); it != value.end() && it->is_string())
            return it->get<std::string>();
    return {};
}

std::optional<std::string> optionalText(const json& value, const char* key)
{
    if (value.is_object())
        if (auto it = value.find(key); it != value.end() && it->is_string())
            return it->get<std::string>();
    return std::nullopt;
}

std::string oneLine(std::string words)
{
    for (char& c : words)
        if (c == '\n' || c == '\r' || c == '\0')
            c = ' ';
    return words;
}

std::string quoted(const std::string& words)
{
    std::string out = "> ";
    for (char c : words) {
        if (c == '\n')
            out += "\n> ";
        else if (c != '\0' && c != '\r')
            out.push_back(c);
    }
    return out + "\n";
}

// An answer as Markdown: written words quoted, lists as bullets, dialogue as "**Sam:** …".
std::string markdownOf(const Answer& answer, const Words& words)
{
    std::string out;
    switch (answer.form) {
    case Answer::Form::Nothing:
        return "*" + words.skipped + "*\n";
    case Answer::Form::Words:
        return oneLine(answer.lines.front().text) + "\n";
    case Answer::Form::Written:
        return quoted(answer.lines.front().text);
    case Answer::Form::List:
        for (const Line& line : answer.lines)
            out += "- " + oneLine(line.text) + "\n";
        return out;
    case Answer::Form::Dialogue:
        for (const Line& line : answer.lines)
            out += (out.empty() ? "" : "\n") + ("**" + oneLine(line.speaker) + ":** ") + oneLine(line.text) + "\n";
        return out;
    }
    return out;
}

std::string commitmentStatus(const std::string& status, const Words& words)
{
    if (status == "open")
        return words.open;
    if (status == "kept")
        return words.kept;
    if (status == "partly_kept")
        return words.partlyKept;
    if (status == "not_kept")
        return words.notKept;
    if (status == "released")
        return words.letGo;
    return readableId(status);
}

std::string sessionStatus(const std::string& status, const Words& words)
{
    if (status == "active")
        return words.inProgress;
    if (status == "completed")
        return words.complete;
    if (status == "paused")
        return words.paused;
    if (status == "abandoned")
        return words.setAside;
    return readableId(status);
}

std::string bodyState(const std::string& state, const Words& words)
{
    if (state == "shut_down" || state == "shut-down")
        return words.shutDown;
    if (state == "racing")
        return words.racing;
    if (state == "steady")
        return words.steady;
    return readableId(state);
}

std::string checkInMoment(const std::string& moment, const Words& words)
{
    if (moment == "before")
        return words.before;
    if (moment == "after")
        return words.after;
    return readableId(moment);
}

std::string commitmentLine(const json& m, const Words& words)
{
    std::string said = text(m["payload"], "text");
    if (said.empty())
        said = words.anAgreement;
    return "- " + oneLine(said) + " (" + commitmentStatus(text(m, "status"), words) + ")\n";
}

// The local calendar day of a stored time, to say an entry's time alone when it is the session's day.
std::string dayOf(const std::string& iso)
{
    auto seconds = parseTimestamp(iso);
    return seconds ? localTime(*seconds, TimeStyle::DateOnly) : std::string();
}

} // namespace

Result<std::string> exportMarkdown(journal::Journal& journal, const journal::exchange::ExportOptions& options,
                                   const Reader& base)
{
    auto document = journal::exchange::exportJson(journal, options);
    if (!document)
        return document.error();
    const json& doc = *document;

    Reader reader = base;
    std::vector<Person> people;
    std::map<std::string, std::string> coupleNames;
    std::map<std::string, std::vector<Person>> peopleOf;
    for (const auto& c : doc["couples"]) {
        std::string joined;
        for (const auto& p : c["partners"]) {
            Person person{text(p, "id"), text(p, "displayName")};
            people.push_back(person);
            peopleOf[text(c, "id")].push_back(person);
            joined += (joined.empty() ? "" : " & ") + person.name;
        }
        const std::string name = text(c, "name");
        coupleNames[text(c, "id")] = name.empty() ? joined : name;
    }
    reader.setPeople(people);

    std::ostringstream out;
    const Words& words = reader.ownWords();
    out << "# " << words.journalTitle << "\n\n";
    const std::size_t count = doc["sessions"].size();
    out << (count == 0   ? words.noRepairsYet
            : count == 1 ? words.oneRepair
                         : filled(words.repairs, std::to_string(count)));
    switch (options.viewer.kind) {
    case journal::Viewer::Kind::Partner:
        out << " " << filled(words.asSeenBy, oneLine(reader.name(options.viewer.partnerId)));
        break;
    case journal::Viewer::Kind::SharedOnly:
        out << " " << words.sharedOnly;
        break;
    case journal::Viewer::Kind::Everything:
        break;
    }
    out << "\n";

    for (const auto& c : doc["couples"]) {
        out << "\n## " << oneLine(coupleNames[text(c, "id")]) << "\n\n";
        for (const auto& p : c["partners"])
            out << "- " << oneLine(text(p, "displayName")) << "\n";
        if (!c["commitments"].empty()) {
            out << "\n### " << words.agreements << "\n\n";
            for (const auto& m : c["commitments"])
                out << commitmentLine(m, words);
        }
    }

    for (const auto& s : doc["sessions"]) {
        Reader sessionReader = reader;
        sessionReader.setPeople(peopleOf[text(s, "coupleId")]);
        const auto program = reader.program(text(s, "programId"));
        const std::string started = text(s, "startedAt");
        const std::string day = dayOf(started);
        auto at = [&](const std::string& iso) {
            return !day.empty() && dayOf(iso) == day ? reader.when(iso, TimeStyle::TimeOnly) : reader.when(iso);
        };

        out << "\n## " << reader.when(started) << " — " << oneLine(reader.programTitle(text(s, "programId"))) << "\n\n";
        {
            // The session's title: its own, else the first words written that this export holds.
            journal::Session titled;
            titled.mode = text(s, "mode") == "solo" ? journal::SessionMode::Solo : journal::SessionMode::Together;
            titled.title = optionalText(s, "title");
            std::vector<journal::Entry> written;
            for (const auto& e : s["entries"]) {
                journal::Entry x;
                x.card = text(e, "card");
                x.payload = e["payload"].dump();
                written.push_back(std::move(x));
            }
            out << "**" << oneLine(sessionReader.sessionTitle(titled, program.get(), written)) << "**\n\n";
        }
        std::set<std::string> writers;
        for (const auto& e : s["entries"])
            if (auto who = optionalText(e, "partnerId"))
                writers.insert(*who);
        if (text(s, "mode") == "solo")
            out << "- " << words.onMyOwn
                << (writers.size() == 1 ? " — " + oneLine(sessionReader.name(*writers.begin())) : std::string());
        else
            out << "- " << filled(words.togetherWith, oneLine(coupleNames[text(s, "coupleId")]));
        out << " · " << sessionStatus(text(s, "status"), words) << "\n";
        if (auto ended = optionalText(s, "endedAt"))
            out << "- " << filled(words.ended, at(*ended)) << "\n";
        if (auto reason = optionalText(s, "pauseReason"))
            out << "- " << filled(words.pausedToAskFor, oneLine(reader.needLabel(*reason))) << "\n";
        const auto returnAt = optionalText(s, "returnAt");
        const auto returnPlace = optionalText(s, "returnPlace");
        if (returnAt || returnPlace) {
            out << "- " << words.comingBack;
            if (returnAt)
                out << " " << reader.when(*returnAt);
            if (returnPlace)
                out << (returnAt ? " — " : " ") << oneLine(*returnPlace);
            out << "\n";
        }

        // Steps in the program's order, then any the program does not know, in the order they were written.
        std::vector<std::string> stepOrder;
        if (program)
            for (const auto& step : program->steps)
                stepOrder.push_back(step.id);
        std::map<std::string, std::vector<const json*>> bySteps;
        for (const auto& e : s["entries"]) {
            const std::string step = text(e, "step");
            if (std::find(stepOrder.begin(), stepOrder.end(), step) == stepOrder.end())
                stepOrder.push_back(step);
            bySteps[step].push_back(&e);
        }
        for (const std::string& step : stepOrder) {
            auto found = bySteps.find(step);
            if (found == bySteps.end())
                continue;
            out << "\n### " << oneLine(sessionReader.stepTitle(program.get(), step)) << "\n";
            int lastRound = 1;
            for (const json* e : found->second) {
                const json& payload = (*e)["payload"];
                const int round = payload.is_object() && payload.contains("round") && payload["round"].is_number()
                                      ? payload["round"].get<int>()
                                      : 1;
                if (round > lastRound) // the step started over: later answers come after a line that says so
                    out << "\n*" << words.comingBackToStep << "*\n";
                lastRound = std::max(lastRound, round);
                out << "\n**" << oneLine(sessionReader.cardTitle(program.get(), text(*e, "card"))) << "** — "
                    << oneLine(sessionReader.name(optionalText(*e, "partnerId"))) << ", " << at(text(*e, "createdAt"));
                if (text(*e, "visibility") == "private")
                    out << " " << words.keptPrivate;
                out << "\n\n" << markdownOf(sessionReader.payload(program.get(), text(*e, "card"), payload), words);
            }
        }
        if (!s["checkIns"].empty()) {
            out << "\n### " << words.checkIns << "\n\n";
            for (const auto& c : s["checkIns"]) {
                out << "- " << oneLine(sessionReader.name(optionalText(c, "partnerId"))) << ", "
                    << checkInMoment(text(c, "moment"), words) << ": "
                    << filled(words.outOf, std::to_string(c["level"].is_number() ? c["level"].get<int>() : 0), "10")
                    << ", " << bodyState(text(c, "state"), words);
                const json& payload = c["payload"];
                if (payload.is_object() && payload.contains("emotions") && payload["emotions"].is_array()) {
                    std::string feelings;
                    for (const auto& w : payload["emotions"])
                        if (w.is_string())
                            feelings += (feelings.empty() ? "" : ", ") + w.get<std::string>();
                    if (!feelings.empty())
                        out << " — " << oneLine(feelings);
                }
                if (const std::string note = text(payload, "note"); !note.empty())
                    out << ". " << oneLine(note);
                out << "\n";
            }
        }
        if (!s["commitments"].empty()) {
            out << "\n### " << words.agreements << "\n\n";
            for (const auto& m : s["commitments"])
                out << commitmentLine(m, words);
        }
        if (!s["drafts"].empty()) {
            out << "\n### " << words.notFinishedYet << "\n";
            for (const auto& d : s["drafts"])
                out << "\n**" << oneLine(sessionReader.cardTitle(program.get(), text(d, "card"))) << "** — "
                    << oneLine(sessionReader.name(optionalText(d, "partnerId"))) << "\n\n"
                    << markdownOf(sessionReader.payload(program.get(), text(d, "card"), d["payload"]), words);
        }
    }
    return out.str();
}

} // namespace tend::reading
