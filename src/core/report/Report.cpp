// What a report for a therapist holds, and whose consent each part needs (docs/report.md).
#include "tend/report/Report.h"

#include <algorithm>
#include <chrono>
#include <map>

namespace tend::report {
namespace {

using journal::Journal;
using journal::Viewer;

// "2026-12-31" → "2027-01-01": the report's last day is inclusive; the journal compares with an exclusive end.
std::string dayAfter(const std::string& day)
{
    using namespace std::chrono;
    const int y = std::stoi(day.substr(0, 4));
    const unsigned m = unsigned(std::stoi(day.substr(5, 2)));
    const unsigned d = unsigned(std::stoi(day.substr(8, 2)));
    const year_month_day next{sys_days{year{y} / month{m} / std::chrono::day{d}} + days{1}};
    char out[32];
    std::snprintf(out, sizeof out, "%04d-%02u-%02u", int(next.year()), unsigned(next.month()), unsigned(next.day()));
    return out;
}

std::string rangeEnd(const Request& request)
{
    return request.to.empty() ? std::string() : dayAfter(request.to);
}

bool inRange(const std::string& startedAt, const Request& request)
{
    if (!request.from.empty() && startedAt < request.from)
        return false;
    const std::string end = rangeEnd(request);
    return end.empty() || startedAt < end;
}

std::string agreementStatus(journal::CommitmentStatus status, const Words& words)
{
    switch (status) {
    case journal::CommitmentStatus::Open:
        return words.open;
    case journal::CommitmentStatus::Kept:
        return words.kept;
    case journal::CommitmentStatus::PartlyKept:
        return words.partlyKept;
    case journal::CommitmentStatus::NotKept:
        return words.notKept;
    case journal::CommitmentStatus::Released:
        return words.letGo;
    }
    return words.open;
}

std::string bodyWords(journal::BodyState state, const reading::Words& words)
{
    switch (state) {
    case journal::BodyState::Racing:
        return words.racing;
    case journal::BodyState::ShutDown:
        return words.shutDown;
    case journal::BodyState::Steady:
        return words.steady;
    }
    return {};
}

// A report is read later and may span years: its dates always carry the year, whatever the screen's style.
std::string fullDate(const std::string& iso, reading::TimeStyle style, const Words& words)
{
    const auto seconds = reading::parseTimestamp(iso);
    if (!seconds)
        return {};
    return words.fullDate ? words.fullDate(*seconds, style) : reading::localTime(*seconds, style);
}

std::string dayWords(const std::string& day, const Words& words)
{
    return fullDate(day + "T12:00:00Z", reading::TimeStyle::DateOnly, words);
}

// Everything about one couple that the rules below need.
struct Couple {
    journal::Couple couple;
    std::vector<journal::Partner> partners;
    std::string name;
};

Result<Couple> findCouple(Journal& journal, const std::string& coupleId)
{
    auto couples = journal.couples();
    if (!couples)
        return couples.error();
    const auto found = std::find_if(couples->begin(), couples->end(),
                                    [&](const journal::Couple& c) { return coupleId.empty() || c.id == coupleId; });
    if (found == couples->end())
        return makeError(coupleId.empty() ? "This journal has no couple yet, so there is nothing to report."
                                          : "There is no couple with the id " + coupleId + " in this journal.");
    Couple out{*found, {}, {}};
    auto partners = journal.partners(found->id);
    if (!partners)
        return partners.error();
    out.partners = std::move(*partners);
    std::sort(out.partners.begin(), out.partners.end(),
              [](const auto& a, const auto& b) { return a.position < b.position; });
    for (const auto& p : out.partners)
        out.name += (out.name.empty() ? "" : " & ") + p.displayName;
    if (!found->name.empty())
        out.name = found->name;
    return out;
}

Result<void> checkRequest(const Request& request, const Couple& couple)
{
    for (const std::string* day : {&request.from, &request.to})
        if (!day->empty() && !isDay(*day))
            return makeError("A report's dates are days like 2026-03-01, not '" + *day + "'.");
    if (!request.from.empty() && !request.to.empty() && request.to < request.from)
        return makeError("The report's last day (" + request.to + ") is before its first day (" + request.from + ").");
    if (request.scope == Scope::Partner &&
        std::none_of(couple.partners.begin(), couple.partners.end(),
                     [&](const journal::Partner& p) { return p.id == request.partnerId; }))
        return makeError("There is no partner with the id " + request.partnerId + " in this couple.");
    return {};
}

// Whether a row of `author` (nullopt: written together) may go into the report.
struct Consent {
    const Request& request;
    const Couple& couple;

    bool everyone() const
    {
        return std::all_of(couple.partners.begin(), couple.partners.end(),
                           [&](const journal::Partner& p) { return request.agreed.count(p.id) > 0; });
    }
    bool inScope(const std::optional<std::string>& author) const
    {
        if (request.scope == Scope::Partner)
            return author && *author == request.partnerId;
        return true;
    }
    bool allows(const std::optional<std::string>& author) const
    {
        if (!inScope(author))
            return false;
        return author ? request.agreed.count(*author) > 0 : everyone();
    }
};

// A partner's check-ins of a step whose check-in card they kept private stay out, as the Insights figures do.
std::set<std::pair<std::string, std::string>> privateCheckInSteps(const std::vector<journal::Entry>& all,
                                                                  const Request& request)
{
    std::set<std::pair<std::string, std::string>> out;
    for (const auto& e : all)
        if (e.visibility == journal::Visibility::Private && e.partnerId && request.cards.checkInCards.count(e.card))
            out.insert({*e.partnerId, e.step});
    return out;
}

} // namespace

bool isDay(const std::string& text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9')
            return false;
    const int m = std::stoi(text.substr(5, 2));
    const int d = std::stoi(text.substr(8, 2));
    if (m < 1 || m > 12 || d < 1)
        return false;
    using namespace std::chrono;
    const year_month_day day{year{std::stoi(text.substr(0, 4))}, month{unsigned(m)}, std::chrono::day{unsigned(d)}};
    return day.ok();
}

std::optional<crypto::PartnerSecretKind> consentSecret(const Journal& journal, const std::string& partnerId)
{
    const crypto::KeyVault* vault = journal.keyVault();
    return vault ? vault->partnerSecretKind(partnerId) : std::nullopt;
}

Result<void> confirmConsent(Journal& journal, const std::string& partnerId, crypto::PartnerSecret secret)
{
    const crypto::KeyVault* vault = journal.keyVault();
    if (!vault || !vault->partnerSecretKind(partnerId))
        return {};
    const bool wasOpen = vault->isPartnerUnlocked(partnerId);
    if (auto opened = journal.unlockPartner(partnerId, secret); !opened)
        return makeError(opened.error().message);
    if (!wasOpen)
        journal.lockPartner(partnerId);
    return {};
}

Result<Preview> preview(Journal& journal, const Request& request)
{
    if (journal.isLocked())
        return makeError("The journal is locked. Unlock it first: a report can only be made from an open journal.");
    auto couple = findCouple(journal, request.coupleId);
    if (!couple)
        return couple.error();
    if (auto ok = checkRequest(request, *couple); !ok)
        return ok.error();
    Preview out;
    out.coupleId = couple->couple.id;
    out.coupleName = couple->name;
    for (const auto& p : couple->partners)
        out.partners.push_back({p.id, p.displayName, 0, 0, false});
    const Consent scope{request, *couple};

    auto sessions = journal.sessionList(couple->couple.id);
    if (!sessions)
        return sessions.error();
    for (const auto& summary : *sessions) {
        const journal::Session& s = summary.session;
        if (!inRange(s.startedAt, request))
            continue;
        ++out.repairs;
        out.completed += s.status == journal::SessionStatus::Completed;
        out.paused += s.status == journal::SessionStatus::Paused;
        auto entries = journal.entries(s.id, Viewer::everything());
        if (!entries)
            return entries.error();
        for (const auto& e : *entries) {
            if (e.visibility == journal::Visibility::Private) {
                ++out.privateLeftOut;
                continue;
            }
            if (!scope.inScope(e.partnerId))
                continue;
            if (!e.partnerId) {
                ++out.jointAnswers;
                continue;
            }
            for (auto& p : out.partners)
                p.sharedAnswers += p.id == *e.partnerId;
        }
        auto checkIns = journal.checkIns(s.id);
        if (!checkIns)
            return checkIns.error();
        for (const auto& c : *checkIns)
            for (auto& p : out.partners)
                p.checkIns += p.id == c.partnerId && scope.inScope(c.partnerId);
    }
    auto agreements = journal.commitments(couple->couple.id);
    if (!agreements)
        return agreements.error();
    for (const auto& m : *agreements)
        out.agreements += inRange(m.createdAt, request) && scope.inScope(m.partnerId);
    for (auto& p : out.partners)
        p.needed = scope.inScope(p.id) && (p.sharedAnswers > 0 || p.checkIns > 0 || out.jointAnswers > 0 ||
                                           (request.scope == Scope::Couple && out.repairs > 0));
    return out;
}

Result<Document> build(Journal& journal, const Request& request, const reading::Reader& base, const Words& words)
{
    if (journal.isLocked())
        return makeError("The journal is locked. Unlock it first: a report can only be made from an open journal.");
    auto couple = findCouple(journal, request.coupleId);
    if (!couple)
        return couple.error();
    if (auto ok = checkRequest(request, *couple); !ok)
        return ok.error();
    const Consent consent{request, *couple};

    reading::Reader reader = base;
    std::vector<reading::Person> people;
    for (const auto& p : couple->partners)
        people.push_back({p.id, p.displayName});
    reader.setPeople(people);
    auto nameOf = [&](const std::string& id) { return reader.name(id); };

    Document doc;
    doc.coupleName = couple->name;
    for (const auto& p : couple->partners)
        if (consent.inScope(p.id) && request.agreed.count(p.id))
            doc.names.push_back(p.displayName);
    if (request.from.empty() && request.to.empty())
        doc.range = words.everyRepair;
    else if (request.from.empty())
        doc.range = reading::filled(words.upTo, dayWords(request.to, words));
    else if (request.to.empty())
        doc.range = reading::filled(words.fromToToday, dayWords(request.from, words));
    else
        doc.range = reading::filled(words.fromTo, dayWords(request.from, words), dayWords(request.to, words));
    doc.scopeLine = request.scope == Scope::Partner ? reading::filled(words.ownAnswers, nameOf(request.partnerId))
                                                    : reading::filled(words.forCouple, couple->name);

    for (const auto& p : couple->partners)
        if (consent.inScope(p.id) && !request.agreed.count(p.id))
            doc.leftOut.push_back(reading::filled(words.declined, p.displayName));
    if (request.scope == Scope::Couple && !consent.everyone())
        doc.leftOut.push_back(words.jointLeftOut);
    if (request.scope == Scope::Partner)
        doc.leftOut.push_back(reading::filled(words.onlyOwn, nameOf(request.partnerId)));
    doc.leftOut.push_back(words.neverHere);

    auto sessions = journal.sessionList(couple->couple.id);
    if (!sessions)
        return sessions.error();
    auto commitments = journal.commitments(couple->couple.id);
    if (!commitments)
        return commitments.error();
    std::map<std::string, std::vector<const journal::Commitment*>> agreementsOf;
    for (const auto& m : *commitments)
        if (m.sessionId)
            agreementsOf[*m.sessionId].push_back(&m);

    // sessionList is newest first; the report reads oldest first.
    for (auto it = sessions->rbegin(); it != sessions->rend(); ++it) {
        const journal::Session& s = it->session;
        if (!inRange(s.startedAt, request))
            continue;
        ++doc.repairs;
        doc.completed += s.status == journal::SessionStatus::Completed;
        doc.paused += s.status == journal::SessionStatus::Paused;

        auto all = journal.entries(s.id, Viewer::everything());
        if (!all)
            return all.error();
        const auto program = reader.program(s.programId);
        const auto hiddenCheckIns = privateCheckInSteps(*all, request);
        const std::string day = reader.when(s.startedAt, reading::TimeStyle::DateOnly);

        Repair repair;
        repair.date = fullDate(s.startedAt, reading::TimeStyle::DateAndTime, words);
        repair.facts = reader.sessionFacts(s);
        std::vector<journal::Entry> shown;
        std::map<std::string, std::size_t> stepIndex;
        std::vector<std::string> stepOrder;
        if (program)
            for (const auto& step : program->steps)
                stepOrder.push_back(step.id);
        std::map<std::string, std::vector<Item>> byStep;
        for (const auto& e : *all) {
            if (e.visibility == journal::Visibility::Private || e.sealed || e.damaged)
                continue;
            if (!consent.allows(e.partnerId)) {
                repair.answersLeftOut += consent.inScope(e.partnerId);
                continue;
            }
            if (std::find(stepOrder.begin(), stepOrder.end(), e.step) == stepOrder.end())
                stepOrder.push_back(e.step);
            const std::string when = reader.when(e.createdAt, reading::TimeStyle::DateOnly) == day
                                         ? reader.when(e.createdAt, reading::TimeStyle::TimeOnly)
                                         : reader.when(e.createdAt);
            byStep[e.step].push_back({reader.cardTitle(program.get(), e.card), reader.name(e.partnerId), when,
                                      reader.entry(program.get(), e)});
            shown.push_back(e);
        }
        // Solo repairs of someone whose answers are out of scope say nothing in a partner's report.
        if (request.scope == Scope::Partner && s.mode == journal::SessionMode::Solo && shown.empty()) {
            --doc.repairs;
            doc.completed -= s.status == journal::SessionStatus::Completed;
            doc.paused -= s.status == journal::SessionStatus::Paused;
            continue;
        }
        for (const std::string& step : stepOrder)
            if (auto found = byStep.find(step); found != byStep.end())
                repair.steps.push_back({reader.stepTitle(program.get(), step), std::move(found->second)});

        journal::Session titled = s;
        if (!consent.allows(std::nullopt))
            titled.title.reset(); // a title given to the repair is the couple's words
        repair.title = reader.sessionTitle(titled, program.get(), shown);

        auto checkIns = journal.checkIns(s.id);
        if (!checkIns)
            return checkIns.error();
        for (const auto& c : *checkIns) {
            if (!consent.allows(c.partnerId) || c.damaged || c.sealed)
                continue;
            if (c.step && hiddenCheckIns.count({c.partnerId, *c.step}))
                continue;
            const std::string who = reader.name(c.partnerId);
            auto line = std::find_if(repair.checkIns.begin(), repair.checkIns.end(),
                                     [&](const CheckInLine& l) { return l.who == who; });
            if (line == repair.checkIns.end())
                line = repair.checkIns.insert(repair.checkIns.end(), CheckInLine{who, {}});
            line->moments.push_back(
                reading::filled(words.checkInMoment, std::to_string(c.level), bodyWords(c.state, reader.ownWords())));
        }
        for (const journal::Commitment* m : agreementsOf[s.id]) {
            if (!consent.inScope(m->partnerId) && !(request.scope == Scope::Partner && !m->partnerId))
                continue;
            Agreement agreement;
            agreement.status = agreementStatus(m->status, words);
            if (consent.allows(m->partnerId) && !m->sealed && !m->damaged) {
                const auto payload = nlohmann::json::parse(m->payload, nullptr, false);
                if (payload.is_object() && payload.contains("text") && payload["text"].is_string())
                    agreement.text = payload["text"].get<std::string>();
            }
            repair.agreements.push_back(std::move(agreement));
        }
        doc.sessions.push_back(std::move(repair));
    }

    if (request.scope == Scope::Couple && consent.everyone() && doc.repairs > 0) {
        insights::Options options;
        options.coupleId = couple->couple.id;
        options.viewer = Viewer::sharedOnly();
        options.from = request.from;
        options.to = rangeEnd(request);
        options.cards = request.cards;
        auto figures = insights::compute(journal, options);
        if (!figures)
            return figures.error();
        for (const auto& practice : figures->practices)
            doc.practiceTitles[practice.practiceId] = reader.practiceTitle(practice.practiceId);
        doc.figures = std::move(*figures);
    }
    return doc;
}

} // namespace tend::report
