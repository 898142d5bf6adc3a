#include "ui/lock/ProtectionSetupPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/lock/PartnerKeyBox.h"
#include "ui/lock/RecoveryKeyPanel.h"
#include "ui/widgets/FocusRules.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

/// The shortest journal passphrase accepted. Longer is better; the hint says so.
constexpr int kMinPassphraseLength = 8;

ProtectionSetupPage::ProtectionSetupPage(AppContext* app, QWidget* parent) : QWidget(parent), m_app(app)
{
    setObjectName(QStringLiteral("protectionSetup"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_steps = new QStackedWidget(this);
    m_steps->addWidget(buildPassphrase());
    m_steps->addWidget(buildRecovery());
    m_steps->addWidget(buildPartners());
    layout->addWidget(m_steps);
}

int ProtectionSetupPage::step() const
{
    return m_steps->currentIndex();
}

void ProtectionSetupPage::showStep(int index)
{
    m_steps->setCurrentIndex(index);
    if (QWidget* focus = initialFocus())
        focus->setFocus();
}

QWidget* ProtectionSetupPage::initialFocus() const
{
    switch (step()) {
    case 0:
        return m_passphrase;
    case 1:
        return m_makeKey->isVisible() ? m_makeKey : static_cast<QWidget*>(m_panel);
    default:
        return nullptr;
    }
}

QWidget* ProtectionSetupPage::buildPassphrase()
{
    auto* page = new ScrollPage(this, 680);
    QVBoxLayout* column = page->column();
    column->setSpacing(16);
    QLabel* title = makeLabel(tr("Protect your journal"), "title", page);
    title->setObjectName(QStringLiteral("protectTitle"));
    column->addWidget(title);
    column->addWidget(makeLabel(tr("A passphrase keeps what you write unreadable to anyone who copies the journal "
                                   "file or opens Tend on this computer. You'll type it when Tend starts and after "
                                   "it locks itself. We recommend it."),
                                "body", page));
    QLabel* warning = makeLabel(tr("Please keep it safe. If the passphrase is lost, and the recovery key too, the "
                                   "journal cannot be opened — not by you, not by us, not by anyone. There is no "
                                   "reset."),
                                "warmNote", page);
    warning->setObjectName(QStringLiteral("protectWarning"));
    column->addWidget(warning);

    auto* card = makeFrame("card", page, QStringLiteral("protectFields"));
    auto* fields = new QVBoxLayout(card);
    fields->setContentsMargins(24, 20, 24, 20);
    fields->setSpacing(8);
    fields->addWidget(makeLabel(tr("Passphrase"), "body", card));
    m_passphrase = new QLineEdit(card);
    m_passphrase->setEchoMode(QLineEdit::Password);
    name(m_passphrase, QStringLiteral("protectPassphrase"), tr("Passphrase"),
         tr("At least %1 characters. A few unrelated words are easy to remember and hard to guess.")
             .arg(kMinPassphraseLength));
    fields->addWidget(m_passphrase);
    fields->addWidget(makeLabel(tr("The same again"), "body", card));
    m_repeat = new QLineEdit(card);
    m_repeat->setEchoMode(QLineEdit::Password);
    name(m_repeat, QStringLiteral("protectRepeat"), tr("Passphrase again"));
    fields->addWidget(m_repeat);
    m_hint = makeLabel(QString(), "muted", card);
    m_hint->setObjectName(QStringLiteral("protectHint"));
    fields->addWidget(m_hint);
    column->addWidget(card);

    auto* row = new QHBoxLayout();
    m_skip = makeButton(tr("Not now"), QStringLiteral("protectSkip"), page, "quiet", QStringLiteral("next"),
                        tr("Goes on without a passphrase. You can add one later in Settings."));
    m_protect = makeButton(tr("Protect the journal"), QStringLiteral("protectGo"), page, "primary",
                           QStringLiteral("lock"), tr("Encrypts the journal with this passphrase."));
    row->addWidget(m_skip);
    row->addStretch(1);
    row->addWidget(m_protect);
    column->addLayout(row);
    column->addWidget(makeLabel(tr("Without a passphrase, anyone who can use this computer account, or who copies the "
                                   "journal file, can read it. You can add one later in Settings."),
                                "muted", page));
    column->addStretch(1);

    connect(m_passphrase, &QLineEdit::textChanged, this, &ProtectionSetupPage::updateHint);
    connect(m_repeat, &QLineEdit::textChanged, this, &ProtectionSetupPage::updateHint);
    connect(m_repeat, &QLineEdit::returnPressed, this, &ProtectionSetupPage::protect);
    focus::markOwnsEnter(m_repeat);
    connect(m_protect, &QPushButton::clicked, this, &ProtectionSetupPage::protect);
    connect(m_skip, &QPushButton::clicked, this, &ProtectionSetupPage::finished);
    updateHint();
    return page;
}

void ProtectionSetupPage::updateHint()
{
    const QString typed = m_passphrase->text();
    QString hint;
    if (typed.isEmpty())
        hint = tr("Choose a passphrase, then type it again.");
    else if (typed.size() < kMinPassphraseLength)
        hint = tr("A little longer, please: at least %1 characters.").arg(kMinPassphraseLength);
    else if (m_repeat->text().isEmpty())
        hint = typed.size() < 14 ? tr("That works. Longer is stronger — three or four unrelated words are easy to "
                                      "remember. Now type it again.")
                                 : tr("Good. Now type it again.");
    else if (m_repeat->text() != typed)
        hint = tr("The two entries differ.");
    else
        hint = tr("They match.");
    m_hint->setText(hint);
    m_protect->setEnabled(typed.size() >= kMinPassphraseLength && m_repeat->text() == typed);
}

void ProtectionSetupPage::protectWith(const QString& passphrase)
{
    m_passphrase->setText(passphrase);
    m_repeat->setText(passphrase);
    protect();
}

void ProtectionSetupPage::protect()
{
    JournalService* journal = m_app->journal();
    if (!m_protect->isEnabled())
        return;
    if (!journal || journal->isInMemory()) {
        m_hint->setText(tr("Demo mode keeps nothing on disk, so there is nothing to protect."));
        return;
    }
    auto secret = JournalService::secretFrom(m_passphrase->text());
    if (!secret)
        return;
    m_protect->setEnabled(false);
    m_skip->setEnabled(false);
    m_hint->setText(tr("Protecting… (a few seconds)"));
    QPointer<ProtectionSetupPage> self(this);
    journal->enableProtection(secret, [self](const JournalService::KeyOutcome& outcome) {
        auto* me = self.data();
        if (!me)
            return;
        me->m_skip->setEnabled(true);
        if (!outcome.ok) {
            me->m_hint->setText(tr("The journal could not be protected: %1").arg(outcome.message));
            me->updateHint();
            return;
        }
        me->m_passphrase->clear();
        me->m_repeat->clear();
        me->showStep(1);
    });
}

QWidget* ProtectionSetupPage::buildRecovery()
{
    auto* page = new ScrollPage(this, 680);
    QVBoxLayout* column = page->column();
    column->setSpacing(16);
    QLabel* title = makeLabel(tr("A recovery key, just in case"), "title", page);
    title->setObjectName(QStringLiteral("recoveryTitle"));
    column->addWidget(title);
    column->addWidget(makeLabel(tr("If the passphrase is ever forgotten, a recovery key opens the journal instead. "
                                   "It is shown once, here; save it or print it and keep it apart from this "
                                   "computer."),
                                "body", page));
    m_panel = new RecoveryKeyPanel(page);
    m_panel->hide();
    column->addWidget(m_panel);
    m_recoveryMessage = makeLabel(QString(), "muted", page);
    m_recoveryMessage->setObjectName(QStringLiteral("recoveryMessage"));
    column->addWidget(m_recoveryMessage);

    auto* row = new QHBoxLayout();
    m_noKey = makeButton(tr("Go on without one"), QStringLiteral("recoverySkip"), page, "quiet", QStringLiteral("next"),
                         tr("Then only the passphrase opens the journal. You can make a key later in Settings."));
    m_makeKey = makeButton(tr("Make a recovery key"), QStringLiteral("recoveryMake"), page, "primary",
                           QStringLiteral("shield"), tr("Shows a new key to save or print."));
    m_keyDone = makeButton(tr("I have kept it"), QStringLiteral("recoveryDone"), page, "primary",
                           QStringLiteral("check"), tr("Type its last group of four first."));
    m_keyDone->hide();
    m_keyDone->setEnabled(false);
    row->addWidget(m_noKey);
    row->addStretch(1);
    row->addWidget(m_makeKey);
    row->addWidget(m_keyDone);
    column->addLayout(row);
    column->addStretch(1);

    connect(m_makeKey, &QPushButton::clicked, this, &ProtectionSetupPage::makeRecoveryKey);
    connect(m_noKey, &QPushButton::clicked, this, &ProtectionSetupPage::afterRecovery);
    connect(m_keyDone, &QPushButton::clicked, this, &ProtectionSetupPage::afterRecovery);
    connect(m_panel, &RecoveryKeyPanel::confirmedChanged, m_keyDone, &QPushButton::setEnabled);
    return page;
}

void ProtectionSetupPage::makeRecoveryKey()
{
    JournalService* journal = m_app->journal();
    if (!journal)
        return;
    m_makeKey->setEnabled(false);
    QPointer<ProtectionSetupPage> self(this);
    journal->createRecoveryKey(
        [self](const JournalService::KeyOutcome& outcome, std::shared_ptr<crypto::SecureBytes> key) {
            auto* me = self.data();
            if (!me)
                return;
            if (!outcome.ok || !key) {
                me->m_makeKey->setEnabled(true);
                me->m_recoveryMessage->setText(tr("No recovery key could be made: %1").arg(outcome.message));
                return;
            }
            me->m_panel->setKey(std::move(key));
            me->m_panel->show();
            me->m_makeKey->hide();
            me->m_keyDone->show();
            me->m_noKey->hide();
            me->m_recoveryMessage->clear();
        });
}

void ProtectionSetupPage::afterRecovery()
{
    m_panel->forget();
    const Profile& profile = m_app->profile();
    if (profile.solo || profile.partners.size() < 2) {
        Q_EMIT finished();
        return;
    }
    while (QLayoutItem* item = m_partnerColumn->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const PartnerInfo& p : profile.partners)
        m_partnerColumn->addWidget(new PartnerKeyBox(m_app, p, m_partnerColumn->parentWidget()));
    showStep(2);
}

QWidget* ProtectionSetupPage::buildPartners()
{
    auto* page = new ScrollPage(this, 680);
    QVBoxLayout* column = page->column();
    column->setSpacing(16);
    QLabel* title = makeLabel(tr("Private answers, each your own"), "title", page);
    title->setObjectName(QStringLiteral("partnersKeyTitle"));
    column->addWidget(title);
    column->addWidget(makeLabel(tr("Some answers are private to the one who writes them. With a key of your own, "
                                   "they open only with your passphrase or PIN — even for someone who knows the "
                                   "journal passphrase. Optional; it can be added later in Settings."),
                                "body", page));
    auto* card = makeFrame("card", page, QStringLiteral("partnersKeyCard"));
    m_partnerColumn = new QVBoxLayout(card);
    m_partnerColumn->setContentsMargins(24, 20, 24, 20);
    m_partnerColumn->setSpacing(20);
    column->addWidget(card);
    auto* row = new QHBoxLayout();
    row->addStretch(1);
    QPushButton* done = makeButton(tr("Continue"), QStringLiteral("partnersKeyDone"), page, "primary",
                                   QStringLiteral("next"), tr("Goes on to the short private check for each person."));
    connect(done, &QPushButton::clicked, this, &ProtectionSetupPage::finished);
    row->addWidget(done);
    column->addLayout(row);
    column->addStretch(1);
    return page;
}

} // namespace tend::ui
