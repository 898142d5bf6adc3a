#include "ui/screens/SessionListModel.h"

#include <QDateTime>
#include <QLocale>

#include "ui/app/JournalService.h"
#include "ui/theme/RichText.h"

namespace tend::ui {

SessionListModel::SessionListModel(QObject* parent) : QAbstractListModel(parent)
{
}

void SessionListModel::reload(JournalService* journal, const std::string& coupleId)
{
    beginResetModel();
    m_all = journal ? journal->sessions(coupleId) : std::vector<journal::SessionSummary>{};
    m_shown = std::min<int>(kPage, int(m_all.size()));
    endResetModel();
}

int SessionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

bool SessionListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_shown < int(m_all.size());
}

void SessionListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid())
        return;
    const int more = std::min<int>(kPage, int(m_all.size()) - m_shown);
    if (more <= 0)
        return;
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown)
        return {};
    const journal::SessionSummary& summary = m_all[std::size_t(index.row())];
    const journal::Session& s = summary.session;
    if (role == SessionIdRole)
        return qs(s.id);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const QDateTime started = QDateTime::fromString(qs(s.startedAt), Qt::ISODate).toLocalTime();
    QString status;
    switch (s.status) {
    case journal::SessionStatus::Active:
        status = tr("in progress");
        break;
    case journal::SessionStatus::Paused:
        status = tr("paused");
        break;
    case journal::SessionStatus::Completed:
        status = tr("complete");
        break;
    case journal::SessionStatus::Abandoned:
        status = tr("set aside");
        break;
    }
    const QString mode = s.mode == journal::SessionMode::Together ? tr("Together") : tr("On my own");
    const QString count = summary.entryCount == 1 ? tr("1 answer") : tr("%1 answers").arg(summary.entryCount);
    return tr("%1\n%2 · %3 · %4").arg(friendlyDateTime(started), mode, status, count);
}

} // namespace tend::ui
