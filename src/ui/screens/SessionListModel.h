#pragma once

#include <QAbstractListModel>

#include <vector>

#include "tend/journal/Journal.h"

namespace tend::ui {

class JournalService;

/// The journal's sessions, newest first, handed to the view a page at a time as it scrolls.
class SessionListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { SessionIdRole = Qt::UserRole + 1 };

    explicit SessionListModel(QObject* parent = nullptr);
    /// Reads the list again from the journal (after a session changed or a restore).
    void reload(JournalService* journal, const std::string& coupleId);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    int totalCount() const { return int(m_all.size()); }

    static constexpr int kPage = 40;

private:
    std::vector<journal::SessionSummary> m_all;
    int m_shown = 0;
};

} // namespace tend::ui
