#include "ui/screens/HomeTogether.h"

#include <QDateTime>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

#include "tend/modes/CommitmentLedger.h"
#include "tend/modes/SoloToJoint.h"
#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/screens/BringReflectionDialog.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/LedgerRow.h"
#include "ui/widgets/PrivacyCurtain.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {
namespace {

} // namespace

// ---- something happened ----

QuickEntryCard::QuickEntryCard(AppContext* app, QWidget* parent) : QFrame(parent), m_app(app)
{
    setObjectName(QStringLiteral("quickEntry"));
    setProperty("role", QStringLiteral("warm"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(22, 14, 22, 14);
    m_layout->setSpacing(8);
    refresh();
}

void QuickEntryCard::refresh()
{
    clearLayout(m_layout);
    const Profile& profile = m_app->profile();
    setVisible(profile.isSet());
    if (!profile.isSet())
        return;
    auto* row = new QHBoxLayout();
    row->setSpacing(10);
    auto* words = new QVBoxLayout();
    words->setSpacing(2);
    words->addWidget(makeLabel(tr("Something happened?"), "heading", this));
    words->addWidget(makeLabel(tr("Note it while it's fresh: step 1 opens at once, just for you."), "muted", this));
    row->addLayout(words, 1);
    const bool couple = profile.partners.size() > 1;
    for (const PartnerInfo& p : profile.partners) {
        const QString text = couple ? tr("It's %1").arg(p.name) : tr("Start step 1");
        QPushButton* b =
            makeButton(text, QStringLiteral("somethingHappened-") + qs(p.id), this, couple ? "chip" : "primary",
                       QStringLiteral("edit"), tr("Starts step 1 on your own as %1, straight away.").arg(p.name));
        b->setAccessibleName(tr("Something happened: start step 1 as %1").arg(p.name));
        const QString id = qs(p.id);
        connect(b, &QPushButton::clicked, this, [this, id] { Q_EMIT startAlone({id}, false); });
        row->addWidget(b, 0, Qt::AlignVCenter);
    }
    m_layout->addLayout(row);
}

// ---- reflections to bring ----

ReflectionsCard::ReflectionsCard(AppContext* app, QWidget* curtainHost, QWidget* parent)
    : QFrame(parent), m_app(app), m_curtainHost(curtainHost)
{
    setObjectName(QStringLiteral("reflectionsCard"));
    setProperty("role", QStringLiteral("card"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(24, 18, 24, 18);
    m_layout->setSpacing(8);
    refresh();
}

PrivacyCurtain* ReflectionsCard::curtain()
{
    // Built the first time a partner hands over, not with Home (it is never needed on the first frame).
    if (!m_curtain) {
        m_curtain = new PrivacyCurtain(m_curtainHost);
        connect(m_curtain, &PrivacyCurtain::confirmed, this, [this] {
            m_app->setAtKeyboard(ss(m_pendingPartner));
            openDialog(m_pendingSession);
        });
    }
    return m_curtain;
}

void ReflectionsCard::refresh()
{
    clearLayout(m_layout);
    JournalService* journal = m_app->journal();
    const Profile& profile = m_app->profile();
    if (!journal || profile.partners.size() < 2) {
        setVisible(false);
        return;
    }
    // Reflections alone that no repair together has brought in yet, newest first.
    const auto sessions = journal->sessions(profile.coupleId);
    std::vector<std::string> brought;
    for (const journal::SessionSummary& s : sessions) {
        if (s.session.mode != journal::SessionMode::Together)
            continue;
        if (auto carried = modes::carriedEntries(journal->reader(), s.session.id, journal::Viewer::everything())) {
            for (const modes::CarriedEntry& c : *carried)
                brought.push_back(c.fromSessionId);
        }
    }
    int shown = 0;
    for (const journal::SessionSummary& s : sessions) {
        if (shown >= 2)
            break;
        if (s.session.mode != journal::SessionMode::Solo || s.session.status != journal::SessionStatus::Completed ||
            s.entryCount == 0 || std::find(brought.begin(), brought.end(), s.session.id) != brought.end())
            continue;
        auto reflection = modes::soloReflection(journal->reader(), s.session.id);
        if (!reflection)
            continue;
        if (shown == 0) {
            m_layout->addWidget(makeLabel(tr("Reflections written alone"), "heading", this));
            m_layout->addWidget(makeLabel(
                tr("Bring one into a repair together and go straight to step 5 when you meet."), "muted", this));
        }
        const QString name = profile.partner(reflection->partnerId).name;
        const QDateTime when = QDateTime::fromString(qs(s.session.startedAt), Qt::ISODate).toLocalTime();
        auto* row = new QHBoxLayout();
        row->addWidget(makeLabel(tr("%1's reflection, %2").arg(name, friendlyDate(when.date())), "body", this), 1);
        QPushButton* bring =
            makeButton(tr("Bring it in"), QStringLiteral("bringReflection-") + qs(s.session.id), this, nullptr,
                       QStringLiteral("together"), tr("%1 chooses what to share, then you meet at step 5.").arg(name));
        bring->setAccessibleName(tr("Bring %1's reflection into a repair together").arg(name));
        const QString sessionId = qs(s.session.id);
        const QString partnerId = qs(reflection->partnerId);
        connect(bring, &QPushButton::clicked, this, [this, sessionId, partnerId, name] {
            if (ss(partnerId) == m_app->atKeyboard()) {
                openDialog(sessionId);
                return;
            }
            // The reflection holds this person's private answers: only they should open it.
            m_pendingSession = sessionId;
            m_pendingPartner = partnerId;
            QString other;
            for (const PartnerInfo& p : m_app->profile().partners) {
                if (qs(p.id) != partnerId)
                    other = p.name;
            }
            curtain()->raiseFor(name, other);
        });
        row->addWidget(bring, 0, Qt::AlignVCenter);
        m_layout->addLayout(row);
        ++shown;
    }
    setVisible(shown > 0);
}

void ReflectionsCard::openDialog(const QString& soloSessionId)
{
    auto* dialog = new BringReflectionDialog(m_app, ss(soloSessionId), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BringReflectionDialog::brought, this, &ReflectionsCard::brought);
    dialog->open();
}

// ---- the commitments ledger ----

LedgerCard::LedgerCard(AppContext* app, QWidget* parent) : QFrame(parent), m_app(app)
{
    setObjectName(QStringLiteral("homeLedger"));
    setProperty("role", QStringLiteral("card"));
    setAccessibleName(tr("Your commitments"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(24, 18, 24, 18);
    m_layout->setSpacing(8);
    refresh();
}

void LedgerCard::refresh()
{
    clearLayout(m_layout);
    JournalService* journal = m_app->journal();
    if (!journal || !m_app->profile().isSet()) {
        setVisible(false);
        return;
    }
    const std::string now = ss(m_app->now().toUTC().toString(Qt::ISODate));
    auto open = modes::openCommitments(journal->reader(), m_app->profile().coupleId, now);
    if (!open || open->empty()) {
        setVisible(false);
        return;
    }
    auto* top = new QHBoxLayout();
    top->addWidget(makeLabel(tr("Your commitments"), "heading", this), 1);
    QPushButton* all = makeButton(tr("See all"), QStringLiteral("homeLedgerAll"), this, "quiet",
                                  QStringLiteral("commitments"), tr("Every commitment and where it stands."));
    connect(all, &QPushButton::clicked, this, &LedgerCard::showAll);
    top->addWidget(all);
    m_layout->addLayout(top);
    m_layout->addWidget(makeLabel(tr("What you agreed to try. You will look at them together at the start of your next "
                                     "repair."),
                                  "muted", this));
    // Newest first, at most four; the rest are one click away.
    int shown = 0;
    for (auto it = open->rbegin(); it != open->rend() && shown < 4; ++it, ++shown) {
        auto* row = new LedgerRow(*it, m_app, false, this);
        row->setProperty("role", QStringLiteral("soft"));
        m_layout->addWidget(row);
    }
    if (open->size() > 4)
        m_layout->addWidget(makeLabel(tr("and %n more", nullptr, int(open->size() - 4)), "small", this));
    setVisible(true);
}

} // namespace tend::ui
