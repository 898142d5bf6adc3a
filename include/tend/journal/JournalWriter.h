#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "tend/common/Result.h"
#include "tend/journal/Journal.h"

namespace tend::journal {

/// The one writer: a worker thread that owns the write Journal and runs every write in order, so the
/// UI thread never waits on the disk.
///
/// Threading rules:
/// - Call submit(), saveDraft(), finishEntry(), flush() from any thread (typically the UI thread);
///   they only queue work and return at once (flush() and run() wait).
/// - Completion callbacks run on the worker thread, after COMMIT returned (or with the error). The Qt
///   layer forwards them to the UI thread (QMetaObject::invokeMethod, queued) before touching widgets;
///   "Saved" may be shown only from such a callback.
/// - Work functions receive the Journal on the worker thread; they must not keep it.
/// - Reads for the UI go through openReader() (a separate read-only connection, one per thread).
class JournalWriter {
public:
    using Work = std::function<Result<void>(Journal&)>;
    using Done = std::function<void(const Result<void>&)>;

    explicit JournalWriter(std::unique_ptr<Journal> journal);
    /// Finishes every queued write, then closes the journal (and releases the folder lock).
    ~JournalWriter();
    JournalWriter(const JournalWriter&) = delete;
    JournalWriter& operator=(const JournalWriter&) = delete;

    /// Queues `work`; `done` is called with its result after it committed or failed.
    void submit(Work work, Done done = {});
    /// Queues a draft save. Typing produces many saves: if a save of the same draft id is still
    /// queued, it is replaced by this newer text (every callback still fires once it is written).
    void saveDraft(Draft draft, Done done = {});
    /// Queues storing a finished entry and dropping its draft in one transaction. `done` gets the
    /// stored entry (with seq and times filled in).
    void finishEntry(Entry entry, std::function<void(const Result<void>&, const Entry&)> done = {});

    /// Runs `work` on the worker and waits for its result (quit path, tests, the CLI).
    Result<void> run(Work work);
    /// Waits until everything queued so far has been written.
    void flush();
    /// How many writes are queued or running.
    std::size_t pending() const;

    /// A read-only connection to the same journal for the calling thread.
    Result<std::unique_ptr<Journal>> openReader() const;
    bool isReadOnly() const { return m_readOnly; }

private:
    void loop();

    std::unique_ptr<Journal> m_journal;
    bool m_readOnly = false;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<std::function<void()>> m_queue;
    struct PendingDraft {
        Draft draft;
        std::vector<Done> callbacks;
    };
    std::map<std::string, PendingDraft> m_pendingDrafts;
    std::size_t m_busy = 0;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace tend::journal
