#pragma once

#include <QAbstractListModel>
#include <QPointer>

#include <functional>

#include <string>
#include <vector>

#include "tend/journal/Journal.h"

namespace tend::ui {

class JournalService;

/// The journal's sessions, newest first, read from the journal a page at a time as the view scrolls
/// (keyset pages, so the first screenful costs the same with ten sessions or ten thousand).
class SessionListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { SessionIdRole = Qt::UserRole + 1 };

    explicit SessionListModel(QObject* parent = nullptr);
    /// Starts the list again from the newest session (after a session changed or a restore): reads one page.
    void reload(JournalService* journal, const std::string& coupleId);
    /// How a row's title is made (the screen's reader: the session's own title, else the first shared words).
    /// Without it a row shows its date only.
    void setTitleMaker(std::function<QString(const journal::Session&)> maker) { m_titleMaker = std::move(maker); }
    /// Makes the title of the row of `sessionId` again (after it was renamed).
    void refreshTitle(const QString& sessionId);
    /// When the row's session started (stored UTC ISO-8601); "" past the end.
    std::string startedAt(int row) const
    {
        return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)].session.startedAt : std::string();
    }
    /// A row's title as shown (also its first line), for tests.
    QString titleAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /// How many pages have been read from the journal since the last reload.
    int pagesRead() const { return m_pagesRead; }

    static constexpr int kPage = 40;

private:
    /// Reads the page after the last loaded row; sets m_more.
    std::vector<journal::SessionSummary> readPage();

    QPointer<JournalService> m_journal;
    std::string m_coupleId;
    std::vector<journal::SessionSummary> m_rows;
    std::vector<QString> m_titles; // made when a page is read, one per row
    std::function<QString(const journal::Session&)> m_titleMaker;
    bool m_more = false;
    int m_pagesRead = 0;
};

} // namespace tend::ui
