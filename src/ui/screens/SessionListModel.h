#pragma once

#include <QAbstractListModel>
#include <QPointer>

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
    bool m_more = false;
    int m_pagesRead = 0;
};

} // namespace tend::ui
