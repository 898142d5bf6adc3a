#include "tend/demo/DemoJournal.h"
#include "tend/common/Result.h"

#include <algorithm>
#include <chrono>
#include <optional>
#include <tuple>

#include <nlohmann/json.hpp>

#include "DemoScript.h"
#include "SeededIds.h"
#include "tend/common/Log.h"
#include "tend/engine/Session.h"
#include "tend/modes/AnswerPayload.h"
#include "tend/modes/CommitmentLedger.h"
#include "tend/modes/SoloToJoint.h"
#include "tend/repair/SessionRecord.h"

namespace tend::demo {
namespace {

using namespace detail;
using engine::TimePoint;
using nlohmann::json;
using std::chrono::minutes;

std::string iso(TimePoint when)
{
    return engine::formatIsoUtc(when);
}

TimePoint wholeMinute(TimePoint when)
{
    return std::chrono::floor<minutes>(when);
}

TimePoint roundUpToQuarter(TimePoint when)
{
    const auto quarter = minutes(15);
    const TimePoint floor = std::chrono::floor<minutes>(when);
    const auto past = floor.time_since_epoch() % quarter;
    return past == minutes(0) && floor == when ? when : floor - past + quarter;
}

Error scriptError(const Story& story, const std::string& card, const std::string& what)
{
    return makeError("The demo story \"" + story.label + "\" does not fit the program at card \"" + card +
                     "\": " + what);
}

/// What one story produced, before it is written.
struct Rows {
    journal::Session session;
    std::optional<modes::BringPlan> bring;
    std::vector<journal::Entry> entries;
    std::vector<journal::CheckIn> checkIns;
    std::vector<journal::Commitment> commitments;
    std::vector<journal::Reminder> reminders;
};

class Seeder {
public:
    Seeder(journal::Journal& journal, std::shared_ptr<const content::Program> program, StoryBook book,
           const DemoOptions& options)
        : m_journal(journal), m_program(std::move(program)), m_book(std::move(book)), m_options(options),
          m_clock(std::make_shared<engine::ManualClock>(options.now)), m_ids(options.seed),
          m_jitter(options.seed ^ 0x9E3779B97F4A7C15ull)
    {
    }

    Result<void> run(DemoJournal& out);

private:
    std::string newId() { return m_ids.nextId(); }
    void tick(int low, int high) { m_clock->advance(minutes(m_jitter.between(low, high))); }
    TimePoint startOf(const Story& story);

    Result<void> give(const Story& story, engine::Session& session, const std::string& partner,
                      const content::Card& card, const Say& say);
    Result<void> walkEach(const Story& story, engine::Session& session, const std::string& partner, Answers& answers,
                          const std::string& stopAt);
    Result<void> walkTogether(const Story& story, engine::Session& session, TogetherScript& script);
    Result<void> playTurns(const Story& story, engine::Session& session, const std::vector<Turn>& turns);
    Result<Rows> play(Story story);
    void collectRows(const engine::Session& session, const std::vector<std::string>& skip, Rows& rows);
    Result<void> addCommitments(const Story& story, const engine::Session& session, Rows& rows);
    Result<void> write(Rows& rows);

    journal::Journal& m_journal;
    std::shared_ptr<const content::Program> m_program;
    StoryBook m_book;
    DemoOptions m_options;
    std::shared_ptr<engine::ManualClock> m_clock;
    SeededIds m_ids;
    SeededIds m_jitter;
    std::string m_coupleId;
    std::array<std::string, 2> m_partners;
    std::map<std::string, TimePoint> m_starts;                             ///< story label → start
    std::map<std::string, std::string> m_sessionIds;                       ///< story label → journal session id
    std::map<std::string, std::pair<std::string, std::string>> m_schedule; ///< partner → (at, place) last agreed
    std::map<std::string, std::string> m_pausedCards;
};

TimePoint Seeder::startOf(const Story& story)
{
    if (story.minutesAgo)
        return wholeMinute(m_options.now - minutes(*story.minutesAgo));
    const auto day = std::chrono::floor<std::chrono::days>(m_options.now) - std::chrono::days(story.daysAgo);
    return TimePoint(day) + std::chrono::hours(story.hour) + minutes(story.minute + m_jitter.between(0, 8));
}

Result<void> Seeder::give(const Story& story, engine::Session& session, const std::string& partner,
                          const content::Card& card, const Say& say)
{
    json value = say.value;
    if (card.kind == content::CardKind::Schedule && value.is_object() && value.contains("inMinutes")) {
        const TimePoint at = roundUpToQuarter(m_clock->now() + minutes(value["inMinutes"].get<int>()));
        const std::string place = value.value("place", "");
        value = json{{"at", iso(at)}, {"place", place}};
        m_schedule[partner] = {iso(at), place};
    }
    engine::AnswerOptions options;
    options.keepPrivate = say.keepPrivate;
    if (auto answered = session.answer(partner, value, options); !answered)
        return scriptError(story, card.id, answered.error().message);
    return {};
}

std::optional<json> defaultAnswer(const content::Card& card)
{
    // Timed cards the couple simply went through.
    if (card.kind == content::CardKind::Breathing)
        return json{{"seconds", card.minutes * 60}, {"completed", true}};
    if (card.kind == content::CardKind::Timer)
        return json{{"seconds", card.seconds}, {"completed", true}};
    return std::nullopt;
}

Result<void> Seeder::walkEach(const Story& story, engine::Session& session, const std::string& partner,
                              Answers& answers, const std::string& stopAt)
{
    for (int step = 0; step < 400; ++step) {
        if (session.status() != engine::SessionStatus::Active ||
            session.position(partner).place != engine::PartnerPlace::OwnCard)
            break;
        const content::Card* card = session.currentCard(partner);
        if (!card || card->id == stopAt)
            break;
        tick(1, 4);
        auto queue = answers.find(card->id);
        if (queue != answers.end() && !queue->second.empty()) {
            const Say say = queue->second.front();
            queue->second.pop_front();
            TEND_TRY(give(story, session, partner, *card, say));
        } else if (auto value = defaultAnswer(*card)) {
            if (auto answered = session.answer(partner, *value); !answered)
                return scriptError(story, card->id, answered.error().message);
        }
        if (auto moved = session.next(partner); !moved)
            return scriptError(story, card->id, moved.error().message);
    }
    if (!stopAt.empty()) {
        const content::Card* card = session.currentCard(partner);
        if (!card || card->id != stopAt)
            return scriptError(story, stopAt, "a partner did not stop there");
    }
    for (const auto& [card, queue] : answers) {
        if (!queue.empty())
            return scriptError(story, card, "an answer was never asked for");
    }
    return {};
}

Result<void> Seeder::playTurns(const Story& story, engine::Session& session, const std::vector<Turn>& turns)
{
    for (const Turn& turn : turns) {
        const std::string& speaker = m_partners[static_cast<std::size_t>(turn.speaker)];
        const std::string& listener = m_partners[static_cast<std::size_t>(1 - turn.speaker)];
        for (const TurnRound& round : turn.rounds) {
            tick(2, 4);
            if (auto done = session.turnShare(speaker, round.shared); !done)
                return scriptError(story, "turns", done.error().message);
            tick(1, 3);
            if (auto done = session.turnReflect(listener, round.reflected, round.noticed); !done)
                return scriptError(story, "turns", done.error().message);
            if (auto done = session.turnConfirm(speaker, round.confirmed, round.correction); !done)
                return scriptError(story, "turns", done.error().message);
        }
    }
    return {};
}

Result<void> Seeder::walkTogether(const Story& story, engine::Session& session, TogetherScript& script)
{
    const std::vector<std::string>& partners = session.partners();
    std::size_t doer = 0;
    for (int step = 0; step < 400; ++step) {
        if (session.status() != engine::SessionStatus::Active ||
            session.position(partners.front()).place != engine::PartnerPlace::Together)
            break;
        const content::Card* card = session.currentCard(partners.front());
        if (!card)
            break;
        const std::string& who = partners[doer++ % partners.size()];
        tick(2, 5);
        if (card->kind == content::CardKind::Turns) {
            if (!script.turns.empty()) {
                const std::vector<Turn> exchange = script.turns.front();
                script.turns.pop_front();
                TEND_TRY(playTurns(story, session, exchange));
            }
        } else if (!card->unanimous.empty()) {
            auto& queue = script.votes[card->id];
            if (queue.empty())
                return scriptError(story, card->id, "nobody answered the question both must agree on");
            const auto votes = queue.front();
            queue.pop_front();
            for (std::size_t i = 0; i < partners.size() && i < votes.size(); ++i) {
                if (auto answered = session.answer(partners[i], json(votes[i])); !answered)
                    return scriptError(story, card->id, answered.error().message);
            }
        } else if (auto queue = script.answers.find(card->id);
                   queue != script.answers.end() && !queue->second.empty()) {
            const Say say = queue->second.front();
            queue->second.pop_front();
            TEND_TRY(give(story, session, who, *card, say));
        } else if (auto value = defaultAnswer(*card)) {
            if (auto answered = session.answer(who, *value); !answered)
                return scriptError(story, card->id, answered.error().message);
        }
        if (auto moved = session.next(who); !moved)
            return scriptError(story, card->id, moved.error().message);
    }
    for (const auto& [card, queue] : script.answers) {
        if (!queue.empty())
            return scriptError(story, card, "an answer was never asked for");
    }
    if (!script.turns.empty())
        return scriptError(story, "turns", "an exchange was never asked for");
    return {};
}

void Seeder::collectRows(const engine::Session& session, const std::vector<std::string>& skip, Rows& rows)
{
    struct Found {
        std::optional<std::string> partner;
        const content::Card* card;
        const engine::AnswerRecord* record;
        int round = 1;
    };
    std::vector<Found> found;
    // `round`: the round of a step gone through again, or 0 for the answers in place now (their round is asked of
    // the session, as the window's recorder does).
    auto add = [&](const std::optional<std::string>& partner, const std::map<std::string, engine::AnswerRecord>& map,
                   int round) {
        for (const auto& [cardId, record] : map) {
            if (const content::Card* card = m_program->findCard(cardId)) {
                const int number =
                    round > 0 ? round : session.roundOf(m_program->stepOf(*card).id, partner.value_or(""));
                found.push_back({partner, card, &record, number});
            }
        }
    };
    for (const std::string& partner : session.partners()) {
        if (std::find(skip.begin(), skip.end(), partner) == skip.end())
            add(partner, session.answersOf(partner), 0);
    }
    add(std::nullopt, session.sharedAnswers(), 0);
    for (const engine::PastRound& round : session.pastRounds()) {
        if (round.partner.empty() || std::find(skip.begin(), skip.end(), round.partner) == skip.end())
            add(round.partner.empty() ? std::nullopt : std::optional<std::string>(round.partner), round.answers,
                round.number);
    }
    auto position = [&](const std::optional<std::string>& partner) {
        if (!partner)
            return 2;
        return *partner == m_partners[0] ? 0 : 1;
    };
    std::stable_sort(found.begin(), found.end(), [&](const Found& a, const Found& b) {
        return std::make_tuple(a.record->at, a.card->stepIndex, a.card->index, position(a.partner)) <
               std::make_tuple(b.record->at, b.card->stepIndex, b.card->index, position(b.partner));
    });
    for (const Found& f : found) {
        journal::Entry entry;
        entry.id = newId();
        entry.sessionId = rows.session.id;
        entry.partnerId = f.partner;
        entry.step = m_program->stepOf(*f.card).id;
        entry.card = f.card->id;
        entry.payload = modes::recordedPayloadText(*f.card, *f.record, f.round);
        entry.visibility =
            f.record->keptPrivate && f.partner ? journal::Visibility::Private : journal::Visibility::Shared;
        entry.createdAt = f.record->at;
        entry.updatedAt = f.record->at;
        rows.entries.push_back(entry);

        // The same row the window writes (tend/repair/SessionRecord.h): none without a body state.
        if (f.partner) {
            if (auto checkIn = repair::checkInRow(*m_program, rows.session.id, *f.partner, *f.card, f.record->value)) {
                checkIn->id = newId();
                checkIn->createdAt = f.record->at;
                rows.checkIns.push_back(std::move(*checkIn));
            }
        }
    }
}

Result<void> Seeder::addCommitments(const Story& story, const engine::Session& session, Rows& rows)
{
    const std::vector<engine::Commitment> lines = session.commitments();
    if (lines.empty())
        return {};
    std::string text;
    std::string madeAt = rows.session.updatedAt;
    for (const engine::Commitment& line : lines) {
        text += line.text + "\n";
        if (const engine::AnswerRecord* record = session.answerFor(session.partners().front(), line.cardId))
            madeAt = record->at;
    }
    modes::NewCommitments made;
    made.coupleId = m_coupleId;
    made.sessionId = rows.session.id;
    made.createdAt = madeAt;
    if (story.followUpDays)
        made.followUpAt = iso(*engine::parseIso(madeAt) + std::chrono::days(*story.followUpDays));
    auto made_rows = modes::commitmentRows(made, text, [this] { return newId(); });
    if (!made_rows)
        return made_rows.error();
    for (std::size_t i = 0; i < made_rows->size(); ++i) {
        journal::Commitment& row = (*made_rows)[i];
        if (i < story.fates.size()) {
            const Fate& fate = story.fates[i];
            modes::LedgerReview review;
            review.status = fate.status;
            review.note = fate.note;
            review.at = iso(m_starts.at(fate.reviewedIn) + minutes(3));
            if (fate.followUpDaysFromNow)
                review.followUpAt = iso(wholeMinute(m_options.now) + std::chrono::days(*fate.followUpDaysFromNow));
            if (auto applied = modes::applyReview(row, review); !applied)
                return scriptError(story, "new-commitments", applied.error().message);
        }
        if (row.followUpAt && row.status == journal::CommitmentStatus::Open) {
            journal::Reminder reminder;
            reminder.id = newId();
            reminder.coupleId = m_coupleId;
            reminder.commitmentId = row.id;
            reminder.kind = journal::ReminderKind::FollowUp;
            reminder.dueAt = *row.followUpAt;
            reminder.createdAt = row.reviewedAt.value_or(row.createdAt);
            rows.reminders.push_back(reminder);
        }
        rows.commitments.push_back(row);
    }
    return {};
}

Result<Rows> Seeder::play(Story story)
{
    Rows rows;
    const TimePoint start = m_starts.at(story.label);
    m_clock->set(start);
    m_schedule.clear();

    std::vector<std::string> participants;
    for (int who : story.participants)
        participants.push_back(m_partners[static_cast<std::size_t>(who)]);

    std::optional<engine::Session> session;
    std::vector<std::string> skip;
    if (story.kind == DemoSessionKind::JointFromSolo) {
        // Alex brings the solo reflection: the real solo → joint path, with seeded ids.
        const std::string soloId = m_sessionIds.at(story.broughtFrom);
        auto soloEntries = m_journal.entries(soloId, journal::Viewer::everything());
        if (!soloEntries)
            return soloEntries.error();
        modes::BringRequest request;
        request.soloSessionId = soloId;
        request.coupleId = m_coupleId;
        request.partnerId = m_partners[static_cast<std::size_t>(story.broughtBy)];
        for (const journal::Entry& e : *soloEntries) {
            if (std::find(story.shareCards.begin(), story.shareCards.end(), e.card) != story.shareCards.end())
                request.share.push_back(e.id);
            else if (std::find(story.privateCards.begin(), story.privateCards.end(), e.card) !=
                     story.privateCards.end())
                request.keepPrivate.push_back(e.id);
        }
        request.at = iso(start);
        request.program = m_program;
        request.newId = [this] { return newId(); };
        auto plan = modes::planBringIntoJoint(m_journal, request, m_clock);
        if (!plan)
            return scriptError(story, "-", plan.error().message);
        auto restored = engine::Session::fromJson(json::parse(plan->joint.engineState), m_program, m_clock);
        if (!restored)
            return restored.error();
        session.emplace(std::move(*restored));
        skip.push_back(request.partnerId);
        rows.session = plan->joint;
        rows.bring = std::move(*plan);
    } else {
        auto created = engine::Session::create(m_program, participants, m_clock);
        if (!created)
            return created.error();
        session.emplace(std::move(*created));
        TEND_TRY(session->start());
        rows.session.id = newId();
        rows.session.coupleId = m_coupleId;
        rows.session.programId = m_program->id;
        rows.session.programVersion = m_program->version;
        rows.session.mode =
            story.kind == DemoSessionKind::Solo ? journal::SessionMode::Solo : journal::SessionMode::Together;
        rows.session.startedAt = iso(start);
    }

    // Steps 1–4: each partner on their own, starting about the same time.
    TimePoint latest = start;
    for (const std::string& partner : participants) {
        if (std::find(skip.begin(), skip.end(), partner) != skip.end())
            continue;
        const int index = partner == m_partners[0] ? kSam : kAlex;
        m_clock->set(start + minutes(m_jitter.between(0, 3)));
        Answers& answers = story.each[index];
        const auto stop = story.stopAt.find(index);
        TEND_TRY(
            walkEach(story, *session, partner, answers, stop == story.stopAt.end() ? std::string{} : stop->second));
        latest = std::max(latest, m_clock->now());
    }
    // Step 5 together.
    if (story.together) {
        m_clock->set(latest + minutes(m_jitter.between(3, 8)));
        TEND_TRY(walkTogether(story, *session, *story.together));
        latest = std::max(latest, m_clock->now());
        if (session->status() != engine::SessionStatus::Completed)
            return scriptError(story, "-", "the session did not complete");
    }
    if (story.pause) {
        const std::string& by = m_partners[static_cast<std::size_t>(story.pause->by)];
        m_clock->set(latest + minutes(1));
        latest = m_clock->now();
        engine::PauseRequest request;
        request.reason = story.pause->reason;
        if (auto agreed = m_schedule.find(by); agreed != m_schedule.end()) {
            request.resumeAt = agreed->second.first;
            request.place = agreed->second.second;
        }
        if (auto paused = session->pause(by, request); !paused)
            return scriptError(story, "-", paused.error().message);
        for (const std::string& partner : participants)
            m_pausedCards[partner] = session->position(partner).cardId;
    }

    // The journal's row for the session.
    journal::Session& row = rows.session;
    switch (story.kind) {
    case DemoSessionKind::Completed:
    case DemoSessionKind::JointFromSolo:
    case DemoSessionKind::Solo:
        // A solo reflection is complete once its writer has finished steps 1–4.
        row.status = journal::SessionStatus::Completed;
        row.endedAt = iso(latest + minutes(2));
        row.updatedAt = *row.endedAt;
        break;
    case DemoSessionKind::Abandoned:
        row.status = journal::SessionStatus::Abandoned;
        row.endedAt = iso(latest + std::chrono::days(story.abandonedAfterDays));
        row.updatedAt = *row.endedAt;
        break;
    case DemoSessionKind::Paused: {
        row.status = journal::SessionStatus::Paused;
        row.updatedAt = iso(latest);
        const auto& pause = session->pauseInfo();
        if (pause) {
            row.pauseReason = pause->reason;
            if (!pause->resumeAt.empty())
                row.returnAt = pause->resumeAt;
            if (!pause->place.empty())
                row.returnPlace = pause->place;
        }
        if (row.returnAt) {
            journal::Reminder reminder;
            reminder.id = newId();
            reminder.coupleId = m_coupleId;
            reminder.sessionId = row.id;
            reminder.kind = journal::ReminderKind::Return;
            reminder.dueAt = *row.returnAt;
            reminder.place = row.returnPlace;
            reminder.createdAt = row.updatedAt;
            rows.reminders.push_back(reminder);
        }
        break;
    }
    }
    row.engineState = session->toJson().dump(-1, ' ', false, json::error_handler_t::replace);
    if (rows.bring)
        rows.bring->joint = row;

    collectRows(*session, skip, rows);
    TEND_TRY(addCommitments(story, *session, rows));
    m_sessionIds[story.label] = row.id;
    return rows;
}

Result<void> Seeder::write(Rows& rows)
{
    if (rows.bring) {
        TEND_TRY(modes::applyBringPlan(m_journal, *rows.bring));
    } else {
        TEND_TRY(m_journal.addSession(rows.session));
    }
    for (journal::Entry& entry : rows.entries)
        TEND_TRY(m_journal.saveEntry(entry));
    for (journal::CheckIn& checkIn : rows.checkIns)
        TEND_TRY(m_journal.addCheckIn(checkIn));
    for (journal::Commitment& commitment : rows.commitments)
        TEND_TRY(m_journal.addCommitment(commitment));
    for (journal::Reminder& reminder : rows.reminders)
        TEND_TRY(m_journal.addReminder(reminder));
    return {};
}

Result<void> Seeder::run(DemoJournal& out)
{
    std::vector<Story> all = std::move(m_book.stories);
    for (const Story& story : all)
        m_starts[story.label] = startOf(story);
    const TimePoint since = m_starts.at(all.front().label) - std::chrono::days(3);

    journal::Couple couple;
    couple.id = newId();
    couple.kind = journal::CoupleKind::Couple;
    const auto& people = m_book.people;
    couple.name = people[0].name + " & " + people[1].name;
    couple.createdAt = iso(since);
    couple.updatedAt = couple.createdAt;
    m_coupleId = couple.id;
    out.coupleId = couple.id;

    return m_journal.transaction([&]() -> Result<void> {
        TEND_TRY(m_journal.addCouple(couple));
        for (std::size_t i = 0; i < people.size(); ++i) {
            journal::Partner partner;
            partner.id = newId();
            partner.coupleId = couple.id;
            partner.displayName = people[i].name;
            partner.position = static_cast<int>(i);
            partner.createdAt = couple.createdAt;
            partner.updatedAt = couple.createdAt;
            TEND_TRY(m_journal.addPartner(partner));
            m_partners[i] = partner.id;
            out.partners[i] = DemoPartner{partner.id, people[i].name, people[i].colour};
        }
        for (Story& story : all) {
            const std::string label = story.label;
            const DemoSessionKind kind = story.kind;
            auto rows = play(std::move(story));
            if (!rows)
                return rows.error();
            TEND_TRY(write(*rows));
            out.sessions.push_back(DemoSession{rows->session.id, label, kind});
            if (kind == DemoSessionKind::Paused)
                out.pausedSessionId = rows->session.id;
        }
        out.pausedCards = m_pausedCards;
        return {};
    });
}

} // namespace

Result<DemoJournal> openDemoJournal(const content::ContentLibrary& library, const DemoOptions& options)
{
    auto program = library.programPreferring(kDemoProgramId, options.locale);
    if (!program)
        return makeError(std::string("The demo needs the program \"") + kDemoProgramId +
                         "\", which is not in the content folder");
    auto book = detail::loadStories(options.contentDir, options.locale);
    if (!book)
        return book.error();
    auto journal = journal::Journal::openInMemory();
    if (!journal)
        return journal.error();
    DemoJournal demo;
    demo.journal = std::move(*journal);
    demo.program = program;
    Seeder seeder(*demo.journal, program, std::move(*book), options);
    if (auto seeded = seeder.run(demo); !seeded)
        return seeded.error();
    log::get("demo")->info("demo journal seeded: {} sessions", demo.sessions.size());
    return demo;
}

Result<DemoJournal> openDemoJournal(const std::filesystem::path& contentDir, const DemoOptions& options)
{
    content::ContentLibrary library;
    if (auto added = library.addFolder(contentDir); !added)
        return added.error();
    DemoOptions withFolder = options;
    withFolder.contentDir = contentDir;
    return openDemoJournal(library, withFolder);
}

Result<DemoJournal> openDemoJournal(const std::filesystem::path& contentDir)
{
    DemoOptions options;
    options.now = engine::SystemClock().now();
    return openDemoJournal(contentDir, options);
}

std::vector<content::Problem> checkDemoStories(const nlohmann::json& document, const std::filesystem::path& file,
                                               const content::ContentLibrary& library)
{
    detail::StoryRead read = detail::readStories(document, file.string());
    if (!read.problems.empty())
        return read.problems;
    const std::string& locale = read.book.locale;
    auto program = library.program(kDemoProgramId, locale);
    if (!program)
        return {{file.string(), "/locale",
                 "there is no program \"" + std::string(kDemoProgramId) + "\" in \"" + locale +
                     "\" for these stories to follow"}};
    auto journal = journal::Journal::openInMemory();
    if (!journal)
        return {{file.string(), "", journal.error().message}};
    DemoOptions options;
    options.now = *engine::parseIso("2026-06-01T12:00:00Z");
    options.locale = locale;
    DemoJournal demo;
    demo.journal = std::move(*journal);
    Seeder seeder(*demo.journal, program, std::move(read.book), options);
    if (auto seeded = seeder.run(demo); !seeded)
        return {{file.string(), "", "the stories do not play through the program: " + seeded.error().message}};
    return {};
}

} // namespace tend::demo
