// The process the crash test kills with SIGKILL: it writes entries and a draft being typed, and
// reports each commit on stdout only after the writer's COMMIT returned.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "CrashProtocol.h"
#include "tend/journal/JournalWriter.h"

using namespace tend::journal;

namespace {
void say(const std::string& line)
{
    const std::string text = line + "\n";
    (void)!::write(STDOUT_FILENO, text.data(), text.size()); // one write per line: atomic on a pipe
}
std::string payload(const std::string& text)
{
    return nlohmann::json{{"text", text}}.dump();
}
} // namespace

int main(int argc, char* argv[])
{
    if (argc != 5) {
        std::fprintf(stderr, "usage: tend_journal_crash_child DATA_DIR SEED TRIAL write|open\n");
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    const std::uint64_t seed = std::strtoull(argv[2], nullptr, 10);
    const int trial = std::atoi(argv[3]);
    const std::string mode = argv[4];

    auto opened = Journal::open(dir);
    if (!opened.ok()) {
        say("F " + opened.message);
        return 1;
    }
    if (mode == "open") {
        say("R");
        for (;;)
            std::this_thread::sleep_for(std::chrono::seconds(1));
    }
    auto sessions = opened.journal->sessionList();
    if (!sessions || sessions->empty()) {
        say("F no session");
        return 1;
    }
    const std::string sessionId = sessions->front().session.id;
    JournalWriter writer(std::move(opened.journal));
    say("R");

    const std::string typed = crash::draftText(seed, trial);
    Draft draft;
    draft.id = crash::draftId(seed, trial);
    draft.sessionId = sessionId;
    draft.step = "honor-pain";
    draft.card = "typing";
    std::atomic<int> inFlight{0};
    std::size_t length = 0;
    auto lastDraftSave = std::chrono::steady_clock::now();
    std::uint64_t state = crash::mix(seed + static_cast<std::uint64_t>(trial));
    for (int index = 0;;) {
        // Type a few more bytes.
        state = crash::mix(state);
        length = std::min(typed.size(), length + 1 + state % 6);
        while (length < typed.size() && (static_cast<unsigned char>(typed[length]) & 0xC0) == 0x80)
            ++length; // whole characters only, as an editor would hand them over
        say("T " + std::to_string(length));
        const auto now = std::chrono::steady_clock::now();
        if (now - lastDraftSave >= std::chrono::milliseconds(50)) {
            // The idle save: what is typed so far, as JSON text (bytes kept exactly via \u escapes).
            draft.payload = payload(typed.substr(0, length));
            const std::size_t saved = length;
            writer.saveDraft(draft, [saved](const tend::Result<void>& r) {
                if (r)
                    say("D " + std::to_string(saved));
            });
            lastDraftSave = now;
        }
        if (inFlight < 3) {
            Entry entry;
            entry.id = crash::entryId(seed, trial, index);
            entry.sessionId = sessionId;
            entry.step = "reflection";
            entry.card = "card-" + std::to_string(index % 7);
            entry.payload = payload(crash::entryText(seed, trial, index));
            // Its own draft first, as the editor would have saved it; finishing drops it atomically.
            Draft own;
            own.id = entry.id;
            own.sessionId = sessionId;
            own.step = entry.step;
            own.card = entry.card;
            own.payload = entry.payload;
            writer.saveDraft(own);
            ++inFlight;
            writer.finishEntry(entry, [&inFlight, index](const tend::Result<void>& r, const Entry& stored) {
                if (r)
                    say("E " + std::to_string(index) + " " + stored.id);
                else
                    say("X " + std::to_string(index));
                --inFlight;
            });
            ++index;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}
