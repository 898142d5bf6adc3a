#include "tend/journal/JournalWriter.h"

#include <future>

namespace tend::journal {

JournalWriter::JournalWriter(std::unique_ptr<Journal> journal)
    : m_journal(std::move(journal)), m_readOnly(m_journal && m_journal->isReadOnly())
{
    m_thread = std::thread([this] { loop(); });
}

JournalWriter::~JournalWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
    m_journal.reset();
}

void JournalWriter::loop()
{
    for (;;) {
        std::function<void()> task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and every queued write is done
            task = std::move(m_queue.front());
            m_queue.pop_front();
            ++m_busy;
        }
        task();
        {
            std::lock_guard lock(m_mutex);
            --m_busy;
        }
        m_idle.notify_all();
    }
}

void JournalWriter::submit(Work work, Done done)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back([this, work = std::move(work), done = std::move(done)] {
            Result<void> result = m_journal ? work(*m_journal) : Result<void>(makeError("No journal is open"));
            if (done)
                done(result);
        });
    }
    m_wake.notify_one();
}

void JournalWriter::saveDraft(Draft draft, Done done)
{
    if (draft.id.empty())
        draft.id = newId();
    {
        std::lock_guard lock(m_mutex);
        auto found = m_pendingDrafts.find(draft.id);
        if (found != m_pendingDrafts.end()) {
            found->second.draft = std::move(draft);
            if (done)
                found->second.callbacks.push_back(std::move(done));
            return;
        }
        PendingDraft pending{draft, {}};
        if (done)
            pending.callbacks.push_back(std::move(done));
        const std::string id = draft.id;
        m_pendingDrafts.emplace(id, std::move(pending));
        m_queue.push_back([this, id] {
            PendingDraft latest;
            {
                std::lock_guard inner(m_mutex);
                auto it = m_pendingDrafts.find(id);
                latest = std::move(it->second);
                m_pendingDrafts.erase(it);
            }
            if (latest.draft.payload.empty()) // superseded by finishEntry: the entry is stored instead
                return;
            Result<void> result =
                m_journal ? m_journal->saveDraft(latest.draft) : Result<void>(makeError("No journal is open"));
            for (auto& callback : latest.callbacks)
                callback(result);
        });
    }
    m_wake.notify_one();
}

void JournalWriter::finishEntry(Entry entry, std::function<void(const Result<void>&, const Entry&)> done)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back([this, entry = std::move(entry), done = std::move(done)]() mutable {
            // A draft save of this entry still queued would bring the draft back after the finish: drop it.
            std::vector<Done> orphaned;
            {
                std::lock_guard inner(m_mutex);
                auto it = m_pendingDrafts.find(entry.id);
                if (it != m_pendingDrafts.end()) {
                    orphaned = std::move(it->second.callbacks);
                    it->second.callbacks.clear();
                    it->second.draft.payload.clear(); // marks it as superseded
                }
            }
            Result<void> result =
                m_journal ? m_journal->finishEntry(entry) : Result<void>(makeError("No journal is open"));
            for (auto& callback : orphaned)
                callback(result);
            if (done)
                done(result, entry);
        });
    }
    m_wake.notify_one();
}

Result<void> JournalWriter::run(Work work)
{
    std::promise<Result<void>> promise;
    auto future = promise.get_future();
    submit(std::move(work), [&promise](const Result<void>& result) { promise.set_value(result); });
    return future.get();
}

void JournalWriter::flush()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && m_busy == 0; });
}

std::size_t JournalWriter::pending() const
{
    std::lock_guard lock(m_mutex);
    return m_queue.size() + m_busy;
}

Result<std::unique_ptr<Journal>> JournalWriter::openReader() const
{
    if (!m_journal)
        return makeError("No journal is open");
    return m_journal->openReader();
}

} // namespace tend::journal
