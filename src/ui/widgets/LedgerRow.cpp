#include "ui/widgets/LedgerRow.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/app/AppContext.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/Chip.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

QString LedgerRow::statusWords(modes::LedgerStatus status)
{
    switch (status) {
    case modes::LedgerStatus::New:
        return tr("not looked at yet");
    case modes::LedgerStatus::Kept:
        return tr("kept");
    case modes::LedgerStatus::InProgress:
        return tr("not yet — still working on it");
    case modes::LedgerStatus::LetGo:
        return tr("let go");
    case modes::LedgerStatus::Revisit:
        return tr("to look at again");
    }
    return {};
}

LedgerRow::LedgerRow(const modes::LedgerItem& item, const AppContext* app, bool reviewable, QWidget* parent)
    : QFrame(parent), m_item(item), m_app(app)
{
    setObjectName(QStringLiteral("ledgerRow"));
    setProperty("role", QStringLiteral("card"));
    setProperty("commitmentId", qs(item.row.id));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(6);
    QLabel* text = makeLabel(qs(item.text), "body", this);
    text->setObjectName(QStringLiteral("ledgerText"));
    layout->addWidget(text);
    m_meta = makeLabel(QString(), "small", this);
    m_meta->setObjectName(QStringLiteral("ledgerMeta"));
    layout->addWidget(m_meta);
    updateMeta();
    if (!reviewable)
        return;

    auto* row = new QHBoxLayout();
    row->setSpacing(8);
    QLabel* ask = makeLabel(tr("Did we keep this?"), "muted", this);
    ask->setWordWrap(false);
    row->addWidget(ask);
    struct Answer {
        modes::LedgerStatus status;
        QString text;
        QString key;
        QString icon;
    };
    const Answer answers[] = {
        {modes::LedgerStatus::Kept, tr("Kept"), QStringLiteral("kept"), QStringLiteral("check")},
        {modes::LedgerStatus::InProgress, tr("Not yet"), QStringLiteral("not-yet"), QStringLiteral("reset")},
        {modes::LedgerStatus::LetGo, tr("Let go"), QStringLiteral("let-go"), QStringLiteral("close")},
    };
    const QString id = qs(item.row.id);
    for (const Answer& a : answers) {
        auto* chip = new Chip(a.text, QStringLiteral("ledger-") + a.key + QLatin1Char('-') + id, this, a.icon);
        chip->setAccessibleName(tr("%1: %2").arg(a.text, qs(item.text)));
        chip->setAccessibleDescription(tr("Answers “did we keep this?” for this commitment."));
        chip->setChecked(item.status == a.status && !item.reviews.empty());
        chip->setProperty("ledgerStatus", int(a.status));
        const modes::LedgerStatus status = a.status;
        connect(chip, &QPushButton::clicked, this, [this, id, status] {
            const modes::LedgerStatus before = m_item.status;
            showStatus(status);
            if (before != status || m_item.reviews.empty())
                Q_EMIT reviewed(id, before, status);
        });
        row->addWidget(chip);
        m_answers << chip;
    }
    row->addStretch(1);
    layout->addLayout(row);
}

void LedgerRow::showStatus(modes::LedgerStatus status)
{
    m_item.status = status;
    for (QPushButton* b : m_answers)
        b->setChecked(b->property("ledgerStatus").toInt() == int(status));
    updateMeta();
}

void LedgerRow::updateMeta()
{
    const journal::Commitment& c = m_item.row;
    QString who = tr("both of you");
    if (c.partnerId && m_app) {
        const QString name = m_app->profile().partner(*c.partnerId).name;
        if (!name.isEmpty())
            who = name;
    }
    const QDateTime made = QDateTime::fromString(qs(c.createdAt), Qt::ISODate).toLocalTime();
    QString meta = tr("%1 · made %2 · %3").arg(who, friendlyDate(made.date()), statusWords(m_item.status));
    if (!m_item.followUpNote.empty())
        meta += QStringLiteral(" · ") + qs(m_item.followUpNote);
    m_meta->setText(meta);
    setAccessibleName(tr("Commitment: %1 (%2)").arg(qs(m_item.text), statusWords(m_item.status)));
}

} // namespace tend::ui
