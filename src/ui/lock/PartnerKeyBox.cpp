#include "ui/lock/PartnerKeyBox.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/FocusRules.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

PartnerKeyBox::PartnerKeyBox(AppContext* app, PartnerInfo partner, QWidget* parent)
    : QWidget(parent), m_app(app), m_partner(std::move(partner))
{
    const QString id = qs(m_partner.id);
    setObjectName(QStringLiteral("partnerKey-") + id);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(8);
    column->addWidget(makeLabel(tr("%1's private answers").arg(m_partner.name), "heading", this));
    m_state = makeLabel(QString(), "muted", this);
    m_state->setObjectName(QStringLiteral("partnerKeyState-") + id);
    column->addWidget(m_state);

    auto* kinds = new QHBoxLayout();
    m_usePassphrase = new QRadioButton(tr("A passphrase"), this);
    name(m_usePassphrase, QStringLiteral("partnerKeyPassphrase-") + id, tr("%1 uses a passphrase").arg(m_partner.name));
    m_usePin = new QRadioButton(tr("A PIN (6–12 digits)"), this);
    name(m_usePin, QStringLiteral("partnerKeyPin-") + id, tr("%1 uses a PIN").arg(m_partner.name));
    auto* group = new QButtonGroup(this);
    group->addButton(m_usePassphrase);
    group->addButton(m_usePin);
    m_usePassphrase->setChecked(true);
    kinds->addWidget(m_usePassphrase);
    kinds->addWidget(m_usePin);
    kinds->addStretch(1);
    column->addLayout(kinds);
    m_pinNote = makeLabel(tr("A PIN keeps your private answers from being opened casually by someone who shares this "
                             "journal. Someone who knows the journal passphrase and takes a copy of the file could "
                             "try every PIN on a fast computer. For strong protection, use a passphrase."),
                          "note", this);
    column->addWidget(m_pinNote);

    auto* fields = new QHBoxLayout();
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Passphrase or PIN"));
    name(m_secret, QStringLiteral("partnerKeySecret-") + id, tr("%1's passphrase or PIN").arg(m_partner.name));
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setPlaceholderText(tr("The same again"));
    name(m_repeat, QStringLiteral("partnerKeyRepeat-") + id, tr("%1's passphrase or PIN again").arg(m_partner.name));
    fields->addWidget(m_secret, 1);
    fields->addWidget(m_repeat, 1);
    column->addLayout(fields);

    auto* row = new QHBoxLayout();
    m_action = makeButton(QString(), QStringLiteral("partnerKeyAction-") + id, this, nullptr, QStringLiteral("lock"));
    m_close = makeButton(tr("Close %1's private answers").arg(m_partner.name), QStringLiteral("partnerKeyClose-") + id,
                         this, "quiet", QStringLiteral("close"),
                         tr("Hides them again until %1 types their passphrase or PIN.").arg(m_partner.name));
    row->addWidget(m_action);
    row->addWidget(m_close);
    row->addStretch(1);
    column->addLayout(row);
    m_message = makeLabel(QString(), "muted", this);
    m_message->setObjectName(QStringLiteral("partnerKeyMessage-") + id);
    column->addWidget(m_message);

    connect(m_usePin, &QRadioButton::toggled, this, [this](bool pin) { m_pinNote->setVisible(pin); });
    connect(m_action, &QPushButton::clicked, this, &PartnerKeyBox::act);
    connect(m_secret, &QLineEdit::returnPressed, this, &PartnerKeyBox::act);
    focus::markOwnsEnter(m_secret);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (JournalService* journal = m_app->journal())
            journal->lockPartner(m_partner.id);
        m_message->setText(tr("Closed."));
        refresh();
    });
    refresh();
}

QString PartnerKeyBox::status() const
{
    return m_state->text();
}

void PartnerKeyBox::refresh()
{
    JournalService* journal = m_app->journal();
    const auto stored = journal ? journal->partnerSecretKind(m_partner.id) : std::nullopt;
    const bool kind = stored.has_value();
    const bool isPin = stored.value_or(crypto::PartnerSecretKind::Passphrase) == crypto::PartnerSecretKind::Pin;
    const bool open = journal && journal->isPartnerUnlocked(m_partner.id);
    const QString who = m_partner.name;
    if (!journal || !journal->hasKeyring()) {
        m_state->setText(
            tr("Protect the journal with a passphrase first; then %1 can add a key of their own.").arg(who));
    } else if (!kind) {
        m_state->setText(tr("No key of their own: %1's private answers open with the journal passphrase. With a key "
                            "of their own, only %1 can open them. If %1 forgets it, nobody can — the recovery key "
                            "does not open them.")
                             .arg(who));
    } else {
        const QString what = isPin ? tr("a PIN") : tr("a passphrase");
        m_state->setText(open ? tr("Guarded by %1 of their own. Open now.").arg(what)
                              : tr("Guarded by %1 of their own. Closed: type it to open them.").arg(what));
    }
    const bool usable = journal && journal->hasKeyring() && !journal->isLocked();
    m_usePassphrase->setVisible(!kind || open);
    m_usePin->setVisible(!kind || open);
    m_pinNote->setVisible(m_usePin->isVisible() && m_usePin->isChecked());
    m_repeat->setVisible(!kind || open);
    if (kind && !open)
        (isPin ? m_usePin : m_usePassphrase)->setChecked(true);
    m_action->setText(
        !kind ? tr("Give %1 a key of their own").arg(who)
              : (open ? tr("Change %1's passphrase or PIN").arg(who) : tr("Open %1's private answers").arg(who)));
    m_action->setAccessibleName(m_action->text());
    m_close->setVisible(kind && open);
    m_action->setEnabled(usable);
    m_secret->setEnabled(usable);
    m_repeat->setEnabled(usable);
}

void PartnerKeyBox::setBusy(bool busy)
{
    m_action->setEnabled(!busy);
    m_secret->setEnabled(!busy);
    m_repeat->setEnabled(!busy);
    if (busy)
        m_message->setText(tr("Working… (a second or two)"));
}

void PartnerKeyBox::act()
{
    JournalService* journal = m_app->journal();
    if (!journal || m_secret->text().isEmpty())
        return;
    const auto stored = journal->partnerSecretKind(m_partner.id);
    const bool kind = stored.has_value();
    const auto storedKind = stored.value_or(crypto::PartnerSecretKind::Passphrase);
    const bool open = journal->isPartnerUnlocked(m_partner.id);
    const bool setting = !kind || open;
    const auto chosen = m_usePin->isChecked() ? crypto::PartnerSecretKind::Pin : crypto::PartnerSecretKind::Passphrase;
    if (setting) {
        if (m_secret->text() != m_repeat->text()) {
            m_message->setText(tr("The two entries differ. Type the same in both."));
            return;
        }
        if (chosen == crypto::PartnerSecretKind::Pin &&
            !QRegularExpression(QStringLiteral("^[0-9]{6,12}$")).match(m_secret->text()).hasMatch()) {
            m_message->setText(tr("A PIN is 6 to 12 digits."));
            return;
        }
    }
    auto secret = JournalService::secretFrom(m_secret->text());
    if (!secret)
        return;
    setBusy(true);
    QPointer<PartnerKeyBox> self(this);
    auto done = [self, setting, kind](const JournalService::KeyOutcome& outcome) {
        auto* me = self.data();
        if (!me)
            return;
        me->setBusy(false);
        if (outcome.ok) {
            me->m_secret->clear();
            me->m_repeat->clear();
            me->m_message->setText(!kind ? tr("Done. From now on only this passphrase or PIN opens these answers.")
                                         : (setting ? tr("Changed.") : tr("Open.")));
        } else if (outcome.code == crypto::ErrorCode::WrongSecret) {
            me->m_message->setText(tr("That doesn't open them. Try again — nothing was changed."));
            me->m_secret->selectAll();
        } else if (outcome.code == crypto::ErrorCode::DamagedKeyData) {
            me->m_message->setText(tr("This key data is damaged; nothing was deleted."));
        } else {
            me->m_message->setText(outcome.message);
        }
        me->refresh();
    };
    if (!kind)
        journal->addPartnerKey(m_partner.id, chosen, secret, done);
    else if (open)
        journal->changePartnerSecret(m_partner.id, chosen, secret, done);
    else
        journal->unlockPartner(m_partner.id, storedKind, secret, done);
}

} // namespace tend::ui
