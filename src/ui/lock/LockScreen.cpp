#include "ui/lock/LockScreen.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/app/AppContext.h"
#include "ui/app/Settings.h"
#include "ui/safety/HelpBlock.h"
#include "ui/theme/Icons.h"
#include "ui/widgets/FocusRules.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

LockScreen::LockScreen(AppContext* app, QWidget* parent) : QWidget(parent), m_app(app)
{
    setObjectName(QStringLiteral("lockScreen"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // "Get help now" stays one click away while locked; the help itself holds nothing of the journal.
    auto* top = new QHBoxLayout();
    top->setContentsMargins(16, 10, 16, 0);
    top->addStretch(1);
    m_help = makeButton(tr("Get help now"), QStringLiteral("lockHelp"), this, "help", QStringLiteral("help"),
                        tr("Emergency numbers and helplines for your country."));
    top->addWidget(m_help);
    outer->addLayout(top);
    auto* page = new ScrollPage(this, 520);
    outer->addWidget(page);
    QVBoxLayout* column = page->column();
    column->setSpacing(14);
    column->addStretch(1);

    auto* mark = new QLabel(page);
    mark->setObjectName(QStringLiteral("lockMark"));
    mark->setPixmap(icons::tinted(QStringLiteral("lock"), QPalette::Highlight).pixmap(40, 40));
    column->addWidget(mark);
    m_title = makeLabel(tr("Tend is locked"), "title", page);
    m_title->setObjectName(QStringLiteral("lockTitle"));
    column->addWidget(m_title);
    m_intro = makeLabel(QString(), "body", page);
    m_intro->setObjectName(QStringLiteral("lockIntro"));
    column->addWidget(m_intro);

    m_secret = new QLineEdit(page);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setMinimumWidth(320);
    name(m_secret, QStringLiteral("lockSecret"), tr("Journal passphrase"),
         tr("Type the passphrase, then press Enter."));
    column->addWidget(m_secret);

    auto* row = new QHBoxLayout();
    m_unlock = makeButton(tr("Unlock"), QStringLiteral("lockUnlock"), page, "primary", QStringLiteral("lock"),
                          tr("Opens the journal and brings back what was on screen, typing included."));
    m_switch = makeButton(tr("Use the recovery key instead"), QStringLiteral("lockUseRecovery"), page, "quiet",
                          QStringLiteral("info"), tr("Type the printed recovery key instead of the passphrase."));
    row->addWidget(m_unlock);
    row->addStretch(1);
    row->addWidget(m_switch);
    column->addLayout(row);

    m_message = makeLabel(QString(), "warmNote", page);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setAccessibleName(tr("Unlock message"));
    m_message->hide();
    column->addWidget(m_message);
    column->addWidget(makeLabel(tr("Tend locks itself after a while without use, and whenever you ask. What you were "
                                   "typing was saved, encrypted, and comes back when you unlock."),
                                "muted", page));
    m_column = column;
    column->addStretch(2);

    connect(m_help, &QPushButton::clicked, this, &LockScreen::toggleHelp);
    connect(m_secret, &QLineEdit::returnPressed, this, &LockScreen::submit);
    focus::markOwnsEnter(m_secret);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_switch, &QPushButton::clicked, this, [this] { setRecoveryMode(!m_recovery); });
    setRecoveryMode(false);
}

void LockScreen::toggleHelp()
{
    if (!m_helpBlock) {
        HelpBlockOptions options;
        m_helpBlock = makeHelpBlock(m_app->helpResources(), m_app->settings()->country(), options, this);
        m_helpBlock->setObjectName(QStringLiteral("lockHelpBlock"));
        m_column->insertWidget(1, m_helpBlock);
        m_helpBlock->hide();
    }
    m_helpBlock->setVisible(!m_helpBlock->isVisible());
}

void LockScreen::prepare(bool atStart)
{
    m_title->setText(atStart ? tr("Your journal is protected") : tr("Tend is locked"));
    setRecoveryMode(false);
    m_message->clear();
    m_message->hide();
    m_secret->clear();
    setBusy(false);
}

void LockScreen::setRecoveryMode(bool on)
{
    m_recovery = on;
    m_secret->clear();
    m_secret->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    m_secret->setPlaceholderText(on ? tr("XXXX-XXXX-…  (56 letters and digits)") : QString());
    m_secret->setAccessibleName(on ? tr("Recovery key") : tr("Journal passphrase"));
    m_intro->setText(on ? tr("Type the recovery key you printed or saved. Spaces, dashes and capitals don't matter.")
                        : tr("Type your journal passphrase to carry on where you left off."));
    m_switch->setText(on ? tr("Use the passphrase instead") : tr("Use the recovery key instead"));
    m_switch->setAccessibleName(m_switch->text());
    m_message->hide();
    m_secret->setFocus();
}

void LockScreen::setBusy(bool busy)
{
    m_unlock->setEnabled(!busy);
    m_secret->setEnabled(!busy);
    m_switch->setEnabled(!busy);
    if (busy) {
        m_message->setText(tr("Opening…"));
        m_message->show();
    }
}

QString LockScreen::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void LockScreen::submit()
{
    if (m_secret->text().isEmpty()) {
        m_message->setText(m_recovery ? tr("Type the recovery key first.") : tr("Type the passphrase first."));
        m_message->show();
        return;
    }
    Q_EMIT unlockRequested(m_secret->text(), m_recovery);
}

void LockScreen::showOutcome(const JournalService::KeyOutcome& outcome)
{
    setBusy(false);
    if (outcome.ok) {
        m_secret->clear();
        m_message->hide();
        return;
    }
    QString text;
    switch (outcome.code) {
    case crypto::ErrorCode::WrongSecret:
        text = m_recovery ? tr("That recovery key doesn't open this journal. Check it against the printout.")
                          : tr("That passphrase doesn't open this journal. Check Caps Lock and try again — nothing "
                               "was changed.");
        break;
    case crypto::ErrorCode::InvalidInput:
        text = m_recovery ? tr("That recovery key has a typo: a letter or digit doesn't match its checksum. Compare "
                               "it group by group.")
                          : tr("That passphrase can't be used. Try again.");
        break;
    case crypto::ErrorCode::DamagedKeyData:
        text = tr("The journal's stored key data is damaged, so no passphrase can open it right now. Nothing has "
                  "been deleted. Try the recovery key; if that fails too, the backups in the data folder still hold "
                  "the key data.");
        break;
    case crypto::ErrorCode::NewerFormat:
        text = tr("This journal was protected by a newer version of Tend. Open it with that version; nothing was "
                  "changed.");
        break;
    default:
        text = tr("The journal could not be opened: %1").arg(outcome.message);
        break;
    }
    m_message->setText(text);
    m_message->show();
    // Keep what was typed, so a typo can be corrected; select it so typing again replaces it.
    m_secret->selectAll();
    m_secret->setFocus();
}

} // namespace tend::ui
