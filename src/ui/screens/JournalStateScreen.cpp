#include "ui/screens/JournalStateScreen.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/app/AppContext.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

using journal::OpenProblem;

JournalStateScreen::JournalStateScreen(AppContext* app, QWidget* parent) : Screen(ScreenId::JournalState, app, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* page = new ScrollPage(this, 720);
    layout->addWidget(page);
    QWidget* host = page->columnWidget();
    m_heading = makeLabel(QString(), "title", host);
    m_heading->setObjectName(QStringLiteral("journalStateTitle"));
    page->column()->addWidget(m_heading);
    m_message = makeLabel(QString(), "body", host);
    m_message->setObjectName(QStringLiteral("journalStateMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    page->column()->addWidget(m_message);
    m_advice = makeLabel(QString(), "muted", host);
    m_advice->setObjectName(QStringLiteral("journalStateAdvice"));
    page->column()->addWidget(m_advice);

    auto* buttons = new QVBoxLayout();
    buttons->setSpacing(10);
    m_restore = makeButton(QString(), QStringLiteral("journalStateRestore"), host, "primary", QStringLiteral("next"),
                           tr("Puts the newest verified backup in place. The journal as it is now is kept aside, "
                              "never deleted."));
    connect(m_restore, &QPushButton::clicked, this, &JournalStateScreen::restore);
    m_salvage =
        makeButton(tr("Save what can still be read…"), QStringLiteral("journalStateSalvage"), host, "quiet", QString(),
                   tr("Writes every readable answer to an export file. The journal is not changed."));
    connect(m_salvage, &QPushButton::clicked, this, &JournalStateScreen::salvage);
    m_retry = makeButton(tr("Try again"), QStringLiteral("journalStateRetry"), host, "primary", QString(),
                         tr("Opens the journal again."));
    connect(m_retry, &QPushButton::clicked, this, &JournalStateScreen::retry);
    m_quit = makeButton(tr("Quit Tend"), QStringLiteral("journalStateQuit"), host, "quiet", QString(),
                        tr("Closes Tend. Nothing was changed."));
    connect(m_quit, &QPushButton::clicked, this, [] { QApplication::quit(); });
    for (QPushButton* b : {m_restore, m_salvage, m_retry, m_quit}) {
        auto* row = new QHBoxLayout();
        row->addWidget(b);
        row->addStretch(1);
        buttons->addLayout(row);
    }
    page->column()->addLayout(buttons);
    m_result = makeLabel(QString(), "warmNote", host);
    m_result->setObjectName(QStringLiteral("journalStateResult"));
    m_result->hide();
    page->column()->addWidget(m_result);
    page->column()->addStretch(1);
}

void JournalStateScreen::activated()
{
    refresh();
}

QWidget* JournalStateScreen::initialFocus() const
{
    for (QPushButton* b : {m_restore, m_retry, m_salvage, m_quit})
        if (b->isVisibleTo(this))
            return b;
    return m_quit;
}

void JournalStateScreen::refresh()
{
    const OpenProblem problem = app()->journalOpenProblem();
    const auto& backup = app()->latestBackup();
    const bool damaged = problem == OpenProblem::Damaged;
    const bool replaceable = damaged || problem == OpenProblem::NotAJournal || problem == OpenProblem::Missing;
    switch (problem) {
    case OpenProblem::InUse:
        m_heading->setText(tr("Another Tend is using your journal"));
        m_advice->setText(tr("Perhaps a command-line import or export is still running. When it has finished, "
                             "choose Try again."));
        break;
    case OpenProblem::NewerVersion:
        m_heading->setText(tr("Your journal was written by a newer Tend"));
        m_advice->setText(tr("Nothing was changed. Please update Tend to open it."));
        break;
    case OpenProblem::Damaged:
    case OpenProblem::NotAJournal:
    case OpenProblem::Missing:
        m_heading->setText(tr("Your journal could not be opened"));
        m_advice->setText(backup ? tr("Nothing was changed. You can put the newest verified backup in its place; the "
                                      "journal as it is now is kept aside, never deleted.")
                                 : tr("Nothing was changed, and no backup of it was found."));
        break;
    default:
        m_heading->setText(tr("Your journal could not be opened"));
        m_advice->setText(tr("Nothing was changed."));
        break;
    }
    m_message->setText(app()->journalProblem());
    m_restore->setVisible(replaceable && backup.has_value());
    if (backup)
        m_restore->setText(tr("Restore the backup from %1").arg(qs(backup->createdAt.substr(0, 10))));
    m_salvage->setVisible(damaged);
    m_retry->setVisible(!replaceable && problem != OpenProblem::NewerVersion);
    name(m_message, QStringLiteral("journalStateMessage"), m_heading->text(), m_message->text());
}

void JournalStateScreen::restore()
{
    QString error;
    if (app()->restoreLatestBackup(error)) {
        Q_EMIT journalOpened();
        return;
    }
    m_result->setText(error);
    m_result->show();
}

void JournalStateScreen::salvage()
{
    QString file = m_salvageFile;
    if (file.isEmpty())
        file = QFileDialog::getSaveFileName(this, tr("Save what can still be read"),
                                            QDir::home().filePath(QStringLiteral("tend-salvaged.json")),
                                            tr("Tend export (*.json)"));
    if (file.isEmpty())
        return;
    QString error;
    if (app()->salvageTo(file, error))
        m_result->setText(tr("Saved to %1. It can be imported into a new journal.").arg(file));
    else
        m_result->setText(error);
    m_result->show();
}

void JournalStateScreen::retry()
{
    if (app()->retryJournal()) {
        Q_EMIT journalOpened();
        return;
    }
    refresh();
    m_result->setText(tr("Still not possible: %1").arg(app()->journalProblem()));
    m_result->show();
}

} // namespace tend::ui
