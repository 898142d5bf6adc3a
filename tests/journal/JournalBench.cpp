// tend_bench_journal: a generated journal of 5,000 sessions and 200,000 entries (seeded, realistic
// text). Measures insert throughput, search p50/p95, the session list, opening one session and a full
// export, and runs the same queries with the sqlite3 command-line tool on the same file.
// Targets: search p95 <= 10 ms; opening a session <= 5 ms (p95); full export <= 2 s. Non-zero exit if missed.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "tend/journal/Exchange.h"
#include "tend/journal/Journal.h"

using namespace tend::journal;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kCouples = 50;
constexpr int kSessions = 5000;
constexpr int kEntriesPerSession = 40; // 200,000 entries

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const std::size_t index =
        std::min(values.size() - 1, static_cast<std::size_t>(p * static_cast<double>(values.size())));
    return values[index];
}

// Words people use when writing about a hard moment, weighted so common words come up often.
const std::vector<std::string>& vocabulary()
{
    static const std::vector<std::string> words = [] {
        std::vector<std::string> w = {
            "I",       "you",        "felt",     "feel",          "when",        "the",       "and",       "to",
            "a",       "my",         "me",       "was",           "it",          "that",      "we",        "of",
            "in",      "not",        "like",     "about",         "again",       "really",    "just",      "so",
            "because", "said",       "told",     "chest",         "tight",       "shoulders", "stomach",   "breath",
            "heart",   "racing",     "numb",     "heavy",         "tired",       "angry",     "hurt",      "scared",
            "lonely",  "ashamed",    "sad",      "frustrated",    "overwhelmed", "calm",      "relieved",  "dismissed",
            "ignored", "criticized", "blamed",   "misunderstood", "rejected",    "unseen",    "pressured", "dinner",
            "dishes",  "phone",      "money",    "work",          "weekend",     "parents",   "kids",      "plans",
            "late",    "message",    "car",      "kitchen",       "bedroom",     "holiday",   "birthday",  "friends",
            "sister",  "brother",    "mother",   "father",        "space",       "time",      "walk",      "quiet",
            "hug",     "listen",     "sorry",    "understand",    "need",        "want",      "wish",      "ask",
            "promise", "agree",      "change",   "try",           "remember",    "forget",    "notice",    "breathe",
            "slowly",  "tonight",    "tomorrow", "yesterday",     "always",      "never",     "sometimes", "maybe",
            "still",   "already",    "voice",    "raised",        "door",        "left",      "room",      "silence",
            "tears",   "laughed",    "joke",     "tone",          "eyes",        "safe",      "close",     "distance",
            "trust",   "respect",    "kindness", "patience",      "support",     "help",      "care"};
        // Rarer words so some searches are selective.
        for (int i = 0; i < 400; ++i)
            w.push_back("topic" + std::to_string(i));
        return w;
    }();
    return words;
}

std::string sentence(std::mt19937_64& random, int words)
{
    const auto& v = vocabulary();
    // Zipf-like: index = floor(n * u^3) favours the start of the list.
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::string out;
    for (int i = 0; i < words; ++i) {
        const double x = u(random);
        const auto index = static_cast<std::size_t>(static_cast<double>(v.size()) * x * x * x);
        if (!out.empty())
            out.push_back(' ');
        out += v[std::min(index, v.size() - 1)];
    }
    out += ".";
    return out;
}

struct Row {
    std::string name;
    double tend;
    double cli;
    std::string target;
    bool ok;
};

// Runs `script` through the sqlite3 CLI on `file`; returns wall time per query in ms.
double sqliteCli(const fs::path& file, const std::vector<std::string>& queries)
{
    const fs::path script = fs::temp_directory_path() / "tend-bench-cli.sql";
    {
        std::ofstream out(script);
        out << ".output /dev/null\n";
        for (const auto& q : queries)
            out << q << ";\n";
    }
    const std::string command = "sqlite3 -readonly '" + file.string() + "' < '" + script.string() + "' > /dev/null";
    const auto start = Clock::now();
    const int rc = std::system(command.c_str());
    const double total = ms(Clock::now() - start);
    fs::remove(script);
    if (rc != 0)
        return -1;
    return total / static_cast<double>(queries.size());
}

std::string sqlQuote(const std::string& s)
{
    std::string out = "'";
    for (char c : s) {
        if (c == '\'')
            out += "''";
        else
            out.push_back(c);
    }
    return out + "'";
}

} // namespace

int main(int argc, char* argv[])
{
    std::uint64_t seed = 20250314;
    if (const char* env = std::getenv("TEND_SEED"); env && *env)
        seed = std::strtoull(env, nullptr, 10);
    std::mt19937_64 random(seed);
    fs::path base = argc > 1 ? fs::path(argv[1]) : fs::temp_directory_path();
    const fs::path dir = base / ("tend-bench-journal-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    std::cout << "tend_bench_journal: " << kSessions << " sessions, " << kSessions * kEntriesPerSession
              << " entries, seed " << seed << ", folder " << dir << "\n";

    auto opened = Journal::open(dir);
    if (!opened.ok()) {
        std::cerr << opened.message << "\n";
        return 1;
    }
    Journal& j = *opened.journal;
    std::vector<Row> rows;

    // ---- generate ----
    std::vector<std::string> couples;
    std::vector<std::array<std::string, 2>> partners;
    for (int c = 0; c < kCouples; ++c) {
        Couple couple{{}, CoupleKind::Couple, "Couple " + std::to_string(c), {}, {}, 0};
        (void)j.addCouple(couple);
        couples.push_back(couple.id);
        std::array<std::string, 2> pair;
        for (int p = 0; p < 2; ++p) {
            Partner partner{{}, couple.id, p == 0 ? "A" : "B", p, {}, {}, 0};
            (void)j.addPartner(partner);
            pair[static_cast<std::size_t>(p)] = partner.id;
        }
        partners.push_back(pair);
    }
    static const char* kSteps[] = {"acknowledge", "stabilize", "honor-pain", "reflection", "re-engage"};
    std::vector<std::string> sessionIds;
    std::vector<std::size_t> sessionCouple;
    const auto insertStart = Clock::now();
    long long entriesWritten = 0;
    for (int s = 0; s < kSessions; ++s) {
        const std::size_t c = static_cast<std::size_t>(s % kCouples);
        auto done = j.transaction([&]() -> tend::Result<void> {
            Session session;
            session.coupleId = couples[c];
            session.programId = "rupture-to-repair";
            session.programVersion = "1.0.0";
            session.status = s % 7 == 0 ? SessionStatus::Abandoned : SessionStatus::Completed;
            session.engineState = R"({"step":"re-engage","card":"hug"})";
            if (auto r = j.addSession(session); !r)
                return r;
            sessionIds.push_back(session.id);
            sessionCouple.push_back(c);
            for (int e = 0; e < kEntriesPerSession; ++e) {
                Entry entry;
                entry.sessionId = session.id;
                const int who = e % 3;
                if (who < 2)
                    entry.partnerId = partners[c][static_cast<std::size_t>(who)];
                entry.step = kSteps[(e * 5) / kEntriesPerSession];
                entry.card = "card-" + std::to_string(e % 4);
                entry.visibility = who < 2 && e % 5 == 0 ? Visibility::Private : Visibility::Shared;
                std::string text;
                const int sentences = 1 + static_cast<int>(random() % 4);
                for (int k = 0; k < sentences; ++k)
                    text += (k ? " " : "") + sentence(random, 6 + static_cast<int>(random() % 14));
                entry.payload = nlohmann::json{{"text", text}}.dump();
                if (auto r = j.saveEntry(entry); !r)
                    return r;
                ++entriesWritten;
            }
            return {};
        });
        if (!done) {
            std::cerr << "insert failed: " << done.error().message << "\n";
            return 1;
        }
    }
    const double insertMs = ms(Clock::now() - insertStart);
    const double perSecond = static_cast<double>(entriesWritten) / (insertMs / 1000.0);

    // Single-entry commits as the writer does them (each its own transaction, fsync'd).
    std::vector<double> commit;
    for (int i = 0; i < 300; ++i) {
        Entry entry;
        entry.sessionId = sessionIds[static_cast<std::size_t>(random() % sessionIds.size())];
        entry.step = "reflection";
        entry.card = "extra";
        entry.payload = nlohmann::json{{"text", sentence(random, 20)}}.dump();
        const auto t = Clock::now();
        if (!j.saveEntry(entry))
            return 1;
        commit.push_back(ms(Clock::now() - t));
    }
    (void)j.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");

    // ---- search ----
    std::vector<std::string> words;
    for (int i = 0; i < 200; ++i) {
        const auto& v = vocabulary();
        words.push_back(i % 2 ? v[random() % 150] : v[random() % v.size()]);
    }
    std::vector<double> searchMs;
    for (const std::string& w : words) {
        SearchQuery q{w, Viewer::partner(partners[0][0])};
        const auto t = Clock::now();
        auto hits = j.search(q);
        searchMs.push_back(ms(Clock::now() - t));
        if (!hits)
            return 1;
    }
    std::vector<std::string> cliSearch;
    for (const std::string& w : words)
        cliSearch.push_back("SELECT e.id, snippet(entries_fts, 0, '[', ']', '…', 12) FROM entries_fts JOIN entries e "
                            "ON e.seq = entries_fts.rowid WHERE entries_fts MATCH " +
                            sqlQuote("\"" + w + "\"") + " ORDER BY entries_fts.rowid DESC LIMIT 50");

    // ---- session list ----
    std::vector<double> listMs;
    for (int i = 0; i < 5; ++i) {
        const auto t = Clock::now();
        auto list = j.sessionList();
        listMs.push_back(ms(Clock::now() - t));
        if (!list || list->size() != static_cast<std::size_t>(kSessions))
            return 1;
    }
    const std::string cliList = "SELECT s.*, (SELECT count(*) FROM entries e WHERE e.session_id = s.id) "
                                "FROM sessions s ORDER BY s.seq DESC";
    // What the journal screen reads when it opens: one page (40 rows and one to know there is more).
    std::vector<double> pageMs;
    for (int i = 0; i < 50; ++i) {
        const auto t = Clock::now();
        auto page = j.sessionPage({}, 0, 41);
        pageMs.push_back(ms(Clock::now() - t));
        if (!page || page->size() != 41)
            return 1;
    }
    const std::string cliPage = cliList + " LIMIT 41";

    // ---- opening one session ----
    std::vector<double> openMs;
    std::vector<std::string> cliOpen;
    for (int i = 0; i < 300; ++i) {
        const std::size_t k = static_cast<std::size_t>(random() % sessionIds.size());
        const Viewer viewer = Viewer::partner(partners[sessionCouple[k]][0]);
        const auto t = Clock::now();
        auto session = j.session(sessionIds[k]);
        auto entries = j.entries(sessionIds[k], viewer);
        auto checks = j.checkIns(sessionIds[k]);
        auto drafts = j.drafts(sessionIds[k]);
        openMs.push_back(ms(Clock::now() - t));
        if (!session || !entries || entries->empty() || !checks || !drafts)
            return 1;
        if (i < 100)
            cliOpen.push_back("SELECT * FROM entries WHERE session_id = " + sqlQuote(sessionIds[k]) + " ORDER BY seq");
    }

    // ---- full export ----
    const auto exportStart = Clock::now();
    auto exported = exchange::exportJsonText(j);
    const double exportMs = ms(Clock::now() - exportStart);
    if (!exported)
        return 1;
    const std::size_t exportBytes = exported->size();
    exported = std::string();

    const fs::path file = j.databaseFile();
    const double fileMiB = static_cast<double>(fs::file_size(file)) / (1024.0 * 1024.0);
    const double cliSearchMs = sqliteCli(file, cliSearch);
    const double cliListMs = sqliteCli(file, {cliList, cliList, cliList});
    const double cliPageMs = sqliteCli(file, {cliPage, cliPage, cliPage});
    const double cliOpenMs = sqliteCli(file, cliOpen);
    const double cliExportMs = sqliteCli(file, {"SELECT json_group_array(json_object('id', id, 'session', session_id, "
                                                "'step', step, 'payload', json(payload))) FROM entries"});

    const double searchP50 = percentile(searchMs, 0.50);
    const double searchP95 = percentile(searchMs, 0.95);
    const double openP50 = percentile(openMs, 0.50);
    const double openP95 = percentile(openMs, 0.95);
    rows.push_back({"search p50 (ms)", searchP50, cliSearchMs, "", true});
    rows.push_back({"search p95 (ms)", searchP95, cliSearchMs, "<= 10", searchP95 <= 10.0});
    rows.push_back({"session list, 5,000 (ms)", percentile(listMs, 0.5), cliListMs, "", true});
    rows.push_back(
        {"first page of 40 (ms)", percentile(pageMs, 0.5), cliPageMs, "<= 5", percentile(pageMs, 0.5) <= 5.0});
    rows.push_back({"open one session p50 (ms)", openP50, cliOpenMs, "", true});
    rows.push_back({"open one session p95 (ms)", openP95, cliOpenMs, "<= 5", openP95 <= 5.0});
    rows.push_back({"full export (ms)", exportMs, cliExportMs, "<= 2000", exportMs <= 2000.0});

    std::printf("\ninsert: %lld entries in %.0f ms = %.0f entries/s (batched per session, FTS indexed)\n",
                entriesWritten, insertMs, perSecond);
    std::printf("single-entry commit (synchronous=FULL): p50 %.2f ms, p99 %.2f ms\n", percentile(commit, 0.5),
                percentile(commit, 0.99));
    std::printf("journal file %.1f MiB; JSON export %.1f MiB\n\n", fileMiB,
                static_cast<double>(exportBytes) / (1024.0 * 1024.0));
    std::printf("%-28s %12s %14s %8s %9s %6s\n", "operation", "tend", "sqlite3 CLI", "ratio", "target", "ok");
    bool allOk = true;
    for (const Row& r : rows) {
        std::printf("%-28s %12.3f %14.3f %8.2f %9s %6s\n", r.name.c_str(), r.tend, r.cli,
                    r.cli > 0 ? r.tend / r.cli : 0.0, r.target.c_str(), r.ok ? "yes" : "MISSED");
        allOk = allOk && r.ok;
    }
    std::printf("\n(sqlite3 CLI: wall time of one process running the same queries, divided by their number;\n"
                " it includes process start-up and prints no snippets for the export row)\n");
    opened.journal.reset();
    fs::remove_all(dir);
    return allOk ? 0 : 1;
}
