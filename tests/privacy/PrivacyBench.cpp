// tend_bench_privacy: what encryption at rest costs on the journal benchmark's kind of data. Two journals are
// generated from the same seed — one plain, one protected with a passphrase (production Argon2id costs) — and the
// same work is timed on both: inserting, unlocking (key derivation, then the in-memory search index), searching after
// unlock, opening a session, and a full export. Reported as medians / p95 and encrypted-to-plain ratios.
// Entries: TEND_BENCH_ENTRIES (default 50,000; the journal benchmark uses 200,000). Seed: TEND_SEED.
// Targets (non-zero exit if missed): unlock <= 3 s at 50,000 entries; search p95 after unlock <= 10 ms;
// insert and export at most 3x the plain journal's time.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "tend/journal/Exchange.h"
#include "tend/journal/Journal.h"

using namespace tend;
using namespace tend::journal;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kEntriesPerSession = 40;
constexpr const char* kPassphrase = "bench passphrase of several words";

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

std::string word(std::mt19937_64& random)
{
    static const std::vector<std::string> words = [] {
        std::vector<std::string> w = {"I",       "you",   "felt",  "when",   "the",       "and",    "chest",   "tight",
                                      "hurt",    "alone", "angry", "tired",  "dismissed", "dinner", "phone",   "money",
                                      "kitchen", "quiet", "sorry", "listen", "trust",     "walk",   "tonight", "always",
                                      "never",   "voice", "door",  "tears",  "safe",      "close",  "space",   "again"};
        for (int i = 0; i < 400; ++i)
            w.push_back("topic" + std::to_string(i));
        return w;
    }();
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const double x = u(random);
    return words[static_cast<std::size_t>(static_cast<double>(words.size()) * x * x * x)];
}

std::string text(std::mt19937_64& random)
{
    std::string out;
    const int n = 12 + static_cast<int>(random() % 50);
    for (int i = 0; i < n; ++i)
        out += (i ? " " : "") + word(random);
    return out;
}

struct Figures {
    double insertMs = 0;
    double unlockMs = 0; ///< key derivation + index (protected only)
    double deriveMs = 0; ///< key derivation alone (protected only)
    double searchP50 = 0;
    double searchP95 = 0;
    double openP95 = 0;
    double exportMs = 0;
    std::size_t fileBytes = 0;
};

struct Ids {
    std::string partnerA;
    std::vector<std::string> sessions;
};

bool fill(Journal& j, int sessions, std::uint64_t seed, Ids& ids, double& insertMs)
{
    std::mt19937_64 random(seed);
    Couple couple{{}, CoupleKind::Couple, "Bench couple", {}, {}, 0};
    if (!j.addCouple(couple))
        return false;
    std::array<std::string, 2> partners;
    for (int p = 0; p < 2; ++p) {
        Partner partner{{}, couple.id, p == 0 ? "A" : "B", p, {}, {}, 0};
        if (!j.addPartner(partner))
            return false;
        partners[static_cast<std::size_t>(p)] = partner.id;
    }
    ids.partnerA = partners[0];
    const auto start = Clock::now();
    for (int s = 0; s < sessions; ++s) {
        auto done = j.transaction([&]() -> Result<void> {
            Session session;
            session.coupleId = couple.id;
            session.programId = "rupture-to-repair";
            session.programVersion = "1.0.0";
            session.status = SessionStatus::Completed;
            session.engineState = R"({"step":"re-engage","card":"hug"})";
            if (auto r = j.addSession(session); !r)
                return r;
            ids.sessions.push_back(session.id);
            for (int e = 0; e < kEntriesPerSession; ++e) {
                Entry entry;
                entry.sessionId = session.id;
                const int who = e % 3;
                if (who < 2)
                    entry.partnerId = partners[static_cast<std::size_t>(who)];
                entry.step = "reflection";
                entry.card = "card-" + std::to_string(e % 4);
                entry.visibility = who < 2 && e % 5 == 0 ? Visibility::Private : Visibility::Shared;
                entry.payload = nlohmann::json{{"text", text(random)}}.dump();
                if (auto r = j.saveEntry(entry); !r)
                    return r;
            }
            return {};
        });
        if (!done) {
            std::cerr << "insert failed: " << done.error().message << "\n";
            return false;
        }
    }
    insertMs = ms(Clock::now() - start);
    return true;
}

bool measureReads(Journal& j, const Ids& ids, std::uint64_t seed, Figures& f)
{
    std::mt19937_64 random(seed + 1);
    std::vector<double> search;
    for (int i = 0; i < 200; ++i) {
        const std::string w = word(random);
        const auto t = Clock::now();
        auto hits = j.search(SearchQuery(w, Viewer::partner(ids.partnerA)));
        search.push_back(ms(Clock::now() - t));
        if (!hits)
            return false;
    }
    f.searchP50 = percentile(search, 0.5);
    f.searchP95 = percentile(search, 0.95);
    std::vector<double> open;
    for (int i = 0; i < 200; ++i) {
        const std::string& id = ids.sessions[static_cast<std::size_t>(random() % ids.sessions.size())];
        const auto t = Clock::now();
        auto session = j.session(id);
        auto entries = j.entries(id, Viewer::partner(ids.partnerA));
        open.push_back(ms(Clock::now() - t));
        if (!session || !entries || entries->empty())
            return false;
    }
    f.openP95 = percentile(open, 0.95);
    const auto t = Clock::now();
    auto exported = exchange::exportJsonText(j);
    f.exportMs = ms(Clock::now() - t);
    return exported.ok();
}

} // namespace

int main(int argc, char* argv[])
{
    std::uint64_t seed = 20261202;
    if (const char* env = std::getenv("TEND_SEED"); env && *env)
        seed = std::strtoull(env, nullptr, 10);
    int entries = 50000;
    if (const char* env = std::getenv("TEND_BENCH_ENTRIES"); env && *env)
        entries = std::max(kEntriesPerSession, std::atoi(env));
    const int sessions = entries / kEntriesPerSession;
    const fs::path base = argc > 1 ? fs::path(argv[1]) : fs::temp_directory_path();
    const fs::path dir = base / ("tend-bench-privacy-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    std::printf("tend_bench_privacy: %d entries in %d sessions, seed %llu, folder %s\n", sessions * kEntriesPerSession,
                sessions, static_cast<unsigned long long>(seed), dir.string().c_str());

    Figures plain;
    Figures sealed;
    Ids plainIds;
    Ids sealedIds;
    {
        auto opened = Journal::open(dir / "plain");
        if (!opened.ok() || !fill(*opened.journal, sessions, seed, plainIds, plain.insertMs) ||
            !measureReads(*opened.journal, plainIds, seed, plain))
            return 1;
        (void)opened.journal->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        plain.fileBytes = fs::file_size(opened.journal->databaseFile());
    }
    {
        // Protected from the first row (as `tend import --passphrase-file` makes one), production key costs.
        auto opened = Journal::open(dir / "sealed");
        if (!opened.ok() || !opened.journal->enableProtection(kPassphrase) ||
            !fill(*opened.journal, sessions, seed, sealedIds, sealed.insertMs))
            return 1;
        (void)opened.journal->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        sealed.fileBytes = fs::file_size(opened.journal->databaseFile());
    }
    {
        // Unlock as the app does on start: open (locked), derive the key, build the in-memory index. Median of 3.
        std::vector<double> unlock;
        std::vector<double> derive;
        for (int i = 0; i < 3; ++i) {
            auto opened = Journal::open(dir / "sealed");
            if (!opened.ok() || !opened.journal->isLocked())
                return 1;
            const auto t = Clock::now();
            if (!opened.journal->unlock(kPassphrase))
                return 1;
            unlock.push_back(ms(Clock::now() - t));
            auto vault = crypto::KeyVault::load(opened.journal->keyVault()->keyringJson());
            if (!vault)
                return 1;
            const auto d = Clock::now();
            if (!vault->unlock(kPassphrase))
                return 1;
            derive.push_back(ms(Clock::now() - d));
            if (i == 2 && !measureReads(*opened.journal, sealedIds, seed, sealed))
                return 1;
        }
        sealed.unlockMs = percentile(unlock, 0.5);
        sealed.deriveMs = percentile(derive, 0.5);
    }

    auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
    const double entriesPerSecondPlain = sessions * kEntriesPerSession / (plain.insertMs / 1000.0);
    const double entriesPerSecondSealed = sessions * kEntriesPerSession / (sealed.insertMs / 1000.0);
    std::printf("\n%-34s %12s %12s %8s\n", "operation", "plain", "encrypted", "ratio");
    std::printf("%-34s %12.0f %12.0f %8.2f\n", "insert, entries/s", entriesPerSecondPlain, entriesPerSecondSealed,
                ratio(sealed.insertMs, plain.insertMs));
    std::printf("%-34s %12.3f %12.3f %8.2f\n", "search p50 after unlock (ms)", plain.searchP50, sealed.searchP50,
                ratio(sealed.searchP50, plain.searchP50));
    std::printf("%-34s %12.3f %12.3f %8.2f\n", "search p95 after unlock (ms)", plain.searchP95, sealed.searchP95,
                ratio(sealed.searchP95, plain.searchP95));
    std::printf("%-34s %12.3f %12.3f %8.2f\n", "open one session p95 (ms)", plain.openP95, sealed.openP95,
                ratio(sealed.openP95, plain.openP95));
    std::printf("%-34s %12.0f %12.0f %8.2f\n", "full export (ms)", plain.exportMs, sealed.exportMs,
                ratio(sealed.exportMs, plain.exportMs));
    std::printf("%-34s %12.1f %12.1f %8.2f\n", "journal file (MiB)", double(plain.fileBytes) / 1048576.0,
                double(sealed.fileBytes) / 1048576.0, ratio(double(sealed.fileBytes), double(plain.fileBytes)));
    std::printf("\nunlock (median of 3): %.0f ms = key derivation %.0f ms (Argon2id, 256 MiB, 4 passes) + search "
                "index in memory %.0f ms\n",
                sealed.unlockMs, sealed.deriveMs, std::max(0.0, sealed.unlockMs - sealed.deriveMs));

    const double unlockTarget = 3000.0 * std::max(1.0, double(sessions * kEntriesPerSession) / 50000.0);
    struct Check {
        const char* what;
        bool ok;
    };
    const Check checks[] = {
        {"unlock <= 3 s per 50,000 entries", sealed.unlockMs <= unlockTarget},
        {"search p95 after unlock <= 10 ms", sealed.searchP95 <= 10.0},
        {"insert <= 3x plain", ratio(sealed.insertMs, plain.insertMs) <= 3.0},
        {"export <= 3x plain", ratio(sealed.exportMs, plain.exportMs) <= 3.0},
    };
    bool allOk = true;
    for (const Check& c : checks) {
        std::printf("target %-36s %s\n", c.what, c.ok ? "met" : "MISSED");
        allOk = allOk && c.ok;
    }
    fs::remove_all(dir);
    return allOk ? 0 : 1;
}
