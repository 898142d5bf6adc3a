#include "JournalTestSupport.h"
#include "tend/journal/Exchange.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

namespace tend::journal::testing {
namespace fs = std::filesystem;

std::string readBytes(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary | std::ios::ate);
    std::string bytes(static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0)), '\0');
    in.seekg(0);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return bytes;
}

void writeBytes(const fs::path& file, const std::string& bytes)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

fs::path fixture(const std::string& name)
{
    return fs::path(TEND_SOURCE_DIR) / "tests/data/journal" / name;
}

void installFixture(const std::string& name, const fs::path& dataDir)
{
    fs::create_directories(dataDir);
    fs::copy_file(fixture(name), dataDir / "tend.db", fs::copy_options::overwrite_existing);
    fs::permissions(dataDir / "tend.db", fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
}

std::string textPayload(const std::string& text)
{
    return nlohmann::json{{"text", text}}.dump();
}

std::string hardText()
{
    std::string text = "Family 👨‍👩‍👧‍👦, flag 🏳️‍🌈, skin tone 👋🏽; "
                       "combining: e\xCC\x81 a\xCC\x8A n\xCC\x83 (decomposed) vs é å ñ; "
                       "Hebrew: אני מרגיש נבגד; Arabic: أشعر بالأمان؛ mixed \xE2\x80\x8F RTL mark; ";
    text.push_back('\0');
    text += " after a NUL byte; tab\tnewline\nend";
    return text;
}

Sample fillSample(Journal& j)
{
    Sample s;
    auto must = [](const Result<void>& r) {
        if (!r)
            throw std::runtime_error("sample: " + r.error().message);
    };
    Couple couple{{}, CoupleKind::Couple, "Alex & Sam", {}, {}, 0};
    must(j.addCouple(couple));
    s.couple = couple.id;
    Couple solo{{}, CoupleKind::Solo, "", {}, {}, 0};
    must(j.addCouple(solo));
    s.solo = solo.id;
    Partner alex{{}, couple.id, "Alex", 0, {}, {}, 0};
    Partner sam{{}, couple.id, "Sam", 1, {}, {}, 0};
    Partner noor{{}, solo.id, "Noor", 0, {}, {}, 0};
    must(j.addPartner(alex));
    must(j.addPartner(sam));
    must(j.addPartner(noor));
    s.alex = alex.id;
    s.sam = sam.id;
    s.noor = noor.id;

    Session session;
    session.coupleId = couple.id;
    session.programId = "rupture-to-repair";
    session.programVersion = "1.0.0";
    session.status = SessionStatus::Paused;
    session.pauseReason = "space";
    session.returnAt = "2025-03-14T20:00:00.000Z";
    session.returnPlace = "the bench by the river";
    session.engineState = R"({"step":"acknowledge","card":"ask-for-need"})";
    must(j.addSession(session));
    s.session = session.id;
    Session soloSession;
    soloSession.coupleId = solo.id;
    soloSession.programId = "rupture-to-repair";
    soloSession.programVersion = "1.0.0";
    soloSession.mode = SessionMode::Solo;
    must(j.addSession(soloSession));
    s.soloSession = soloSession.id;

    auto entry = [&](std::optional<std::string> partner, const std::string& step, const std::string& text,
                     Visibility visibility, const std::string& sessionId) {
        Entry e;
        e.sessionId = sessionId;
        e.partnerId = std::move(partner);
        e.step = step;
        e.card = step + "-card";
        e.payload = textPayload(text);
        e.visibility = visibility;
        must(j.saveEntry(e));
        return e.id;
    };
    s.sharedEntry =
        entry(alex.id, "acknowledge", "My shoulders went up when the plans changed", Visibility::Shared, session.id);
    s.privateEntry = entry(sam.id, "reflection", "Secretly I was relieved to cancel", Visibility::Private, session.id);
    s.jointEntry =
        entry(std::nullopt, "re-engage", "We agree to say plans change the same day", Visibility::Shared, session.id);
    s.soloPrivateEntry =
        entry(noor.id, "honor-pain", "Lonely evening, wrote it down", Visibility::Private, soloSession.id);

    Draft draft;
    draft.sessionId = session.id;
    draft.partnerId = sam.id;
    draft.step = "acknowledge";
    draft.card = "give-it-voice";
    draft.payload = textPayload("I need a little time bef");
    must(j.saveDraft(draft));
    s.draft = draft.id;

    CheckIn before;
    before.sessionId = session.id;
    before.partnerId = alex.id;
    before.step = "stabilize";
    before.moment = CheckInMoment::Before;
    before.level = 8;
    before.state = BodyState::Racing;
    before.payload = R"({"emotions":["angry","hurt"],"note":"jaw clenched"})";
    must(j.addCheckIn(before));

    Commitment commitment;
    commitment.coupleId = couple.id;
    commitment.sessionId = session.id;
    commitment.payload = R"({"text":"Say when plans change, the same day"})";
    commitment.followUpAt = "2025-03-21T18:00:00.000Z";
    must(j.addCommitment(commitment));
    s.commitment = commitment.id;
    Commitment standing;
    standing.coupleId = couple.id;
    standing.partnerId = alex.id;
    standing.status = CommitmentStatus::Kept;
    standing.payload = R"({"text":"Phones away at dinner"})";
    must(j.addCommitment(standing));

    Reminder back;
    back.coupleId = couple.id;
    back.sessionId = session.id;
    back.kind = ReminderKind::Return;
    back.dueAt = "2025-03-14T20:00:00.000Z";
    back.place = "the bench by the river";
    must(j.addReminder(back));
    Reminder follow;
    follow.coupleId = couple.id;
    follow.commitmentId = commitment.id;
    follow.kind = ReminderKind::FollowUp;
    follow.dueAt = "2025-03-21T18:00:00.000Z";
    must(j.addReminder(follow));

    SafetyAnswer answer;
    answer.partnerId = noor.id;
    answer.payload = R"({"feelsSafe":true})";
    must(j.addSafetyAnswer(answer));

    RepairAttempt reached{newId(), couple.id, alex.id, true, "2025-03-15T09:00:00.000Z", 0};
    must(j.addRepairAttempt(reached));
    RepairAttempt missed{newId(), couple.id, sam.id, false, "2025-03-16T21:30:00.000Z", 0};
    must(j.addRepairAttempt(missed));
    return s;
}

void leaveInWal(const fs::path& file, const std::string& sql)
{
    const pid_t child = ::fork();
    if (child < 0)
        throw std::runtime_error("fork failed");
    if (child == 0) {
        sqlite3* db = nullptr;
        sqlite3_open(file.c_str(), &db);
        const int rc = sqlite3_exec(db, ("PRAGMA journal_mode=WAL; " + sql).c_str(), nullptr, nullptr, nullptr);
        ::_exit(rc == SQLITE_OK ? 0 : 1);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error("the child could not run: " + sql);
    if (!fs::exists(file.string() + "-wal"))
        throw std::runtime_error("the child left no -wal beside " + file.string());
}

std::string sampleExportWith(const std::string& text)
{
    auto memory = Journal::openInMemory();
    if (!memory)
        throw std::runtime_error("cannot open a journal in memory");
    const Sample s = fillSample(**memory);
    Entry e;
    e.sessionId = s.session;
    e.partnerId = s.alex;
    e.step = "acknowledge";
    e.card = "canary";
    e.visibility = Visibility::Private;
    e.payload = textPayload(text);
    if (!(*memory)->saveEntry(e))
        throw std::runtime_error("cannot save the canary answer");
    auto exported = exchange::exportJsonText(**memory);
    if (!exported)
        throw std::runtime_error("cannot export: " + exported.error().message);
    return *exported;
}

Sample makeFilledJournal(const fs::path& dir, int extraEntries, bool withBackup)
{
    auto opened = Journal::open(dir);
    if (!opened.ok())
        throw std::runtime_error("cannot open a journal: " + opened.message);
    Sample s = fillSample(*opened.journal);
    auto added = opened.journal->transaction([&]() -> tend::Result<void> {
        for (int i = 0; i < extraEntries; ++i) {
            Entry e;
            e.sessionId = s.session;
            e.partnerId = s.alex;
            e.step = "reflection";
            e.card = "c";
            e.payload = textPayload("entry number " + std::to_string(i) + " " + std::string(200, 'x'));
            if (auto r = opened.journal->saveEntry(e); !r)
                return r;
        }
        return {};
    });
    if (!added)
        throw std::runtime_error("cannot add entries: " + added.error().message);
    if (withBackup && !opened.journal->backupNow("manual"))
        throw std::runtime_error("cannot make a backup");
    return s;
}

int runUnprivileged(const std::function<void(uid_t, gid_t)>& prepare, const std::function<std::string()>& check,
                    std::string& why)
{
    const bool root = ::geteuid() == 0;
    const uid_t uid = root ? 65534 : ::geteuid();
    const gid_t gid = root ? 65534 : ::getegid();
    prepare(uid, gid);
    int pipeFds[2];
    if (::pipe(pipeFds) != 0)
        return -1;
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(pipeFds[0]);
        if (root) {
            // Drop every privilege for good: supplementary groups, then group, then user.
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0) {
                const char* message = "cannot drop privileges";
                (void)!::write(pipeFds[1], message, std::strlen(message));
                ::_exit(3);
            }
            if (::setuid(0) == 0) {
                const char* message = "privileges were not dropped";
                (void)!::write(pipeFds[1], message, std::strlen(message));
                ::_exit(3);
            }
        }
        std::string result;
        try {
            result = check();
        } catch (const std::exception& error) {
            result = std::string("exception: ") + error.what();
        }
        (void)!::write(pipeFds[1], result.data(), result.size());
        ::_exit(result.empty() ? 0 : 1);
    }
    ::close(pipeFds[1]);
    char buffer[4096];
    ssize_t got = 0;
    why.clear();
    while ((got = ::read(pipeFds[0], buffer, sizeof buffer)) > 0)
        why.append(buffer, static_cast<std::size_t>(got));
    ::close(pipeFds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace tend::journal::testing
