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
    m_journal = journal;
    m_coupleId = coupleId;
    m_rows.clear();
    m_titles.clear();
    m_more = false;
    m_pagesRead = 0;
    m_rows = readPage();
    endResetModel();
}

std::vector<journal::SessionSummary> SessionListModel::readPage()
{
    if (!m_journal)
        return {};
    const std::int64_t before = m_rows.empty() ? 0 : m_rows.back().session.seq;
    // One row more than a page tells whether there is another page, without counting them all.
    std::vector<journal::SessionSummary> page = m_journal->sessionPage(m_coupleId, before, kPage + 1);
    m_more = int(page.size()) > kPage;
    if (m_more)
        page.pop_back();
    ++m_pagesRead;
    for (const journal::SessionSummary& row : page)
        m_titles.push_back(m_titleMaker ? m_titleMaker(row.session) : QString());
    return page;
}

int SessionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool SessionListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && m_journal;
}

void SessionListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<journal::SessionSummary> page = readPage();
    if (page.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    for (journal::SessionSummary& row : page)
        m_rows.push_back(std::move(row));
    endInsertRows();
}

void SessionListModel::refreshTitle(const QString& sessionId)
{
    if (!m_journal)
        return;
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (qs(m_rows[row].session.id) != sessionId)
            continue;
        if (auto fresh = m_journal->session(m_rows[row].session.id))
            m_rows[row].session = *fresh;
        m_titles[row] = m_titleMaker ? m_titleMaker(m_rows[row].session) : QString();
        const QModelIndex at = index(int(row));
        Q_EMIT dataChanged(at, at);
    }
}

QString SessionListModel::titleAt(int row) const
{
    return row >= 0 && row < int(m_titles.size()) ? m_titles[std::size_t(row)] : QString();
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const journal::SessionSummary& summary = m_rows[std::size_t(index.row())];
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
    const QString title = titleAt(index.row());
    if (title.isEmpty())
        return tr("%1\n%2 · %3 · %4").arg(friendlyDateTime(started), mode, status, count);
    return tr("%1\n%2 · %3 · %4 · %5").arg(title, friendlyDateTime(started), mode, status, count);
}

} // namespace tend::ui
