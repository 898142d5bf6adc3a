#include "ui/widgets/PracticeStarter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

#include "tend/content/ContentLibrary.h"
#include "ui/app/AppContext.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

PracticeStarter::PracticeStarter(AppContext* app, const QString& programId, Who who, QWidget* parent)
    : QFrame(parent), m_app(app), m_programId(programId), m_who(who)
{
    setObjectName(QStringLiteral("practice-") + programId);
    setProperty("role", QStringLiteral("card"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(8);
    auto* row = new QHBoxLayout();
    row->setSpacing(16);
    auto* words = new QVBoxLayout();
    words->setSpacing(4);
    m_title = makeLabel(QString(), "heading", this);
    m_summary = makeLabel(QString(), "muted", this);
    words->addWidget(m_title);
    words->addWidget(m_summary);
    row->addLayout(words, 1);
    m_start = who == Who::Together ? makeButton(tr("Together"), QStringLiteral("homePractice-") + programId, this,
                                                nullptr, QStringLiteral("together"))
                                   : makeButton(tr("Practise"), QStringLiteral("homePractice-") + programId, this,
                                                nullptr, QStringLiteral("leaf"));
    row->addWidget(m_start, 0, Qt::AlignVCenter);
    layout->addLayout(row);

    m_choices = new QWidget(this);
    m_choices->setObjectName(QStringLiteral("practiceChoices"));
    auto* choices = new QHBoxLayout(m_choices);
    choices->setContentsMargins(0, 4, 0, 0);
    choices->setSpacing(10);
    choices->addWidget(makeLabel(tr("Who is practising?"), "muted", m_choices));
    choices->addStretch(1);
    m_choices->setVisible(false);
    layout->addWidget(m_choices);

    connect(m_start, &QPushButton::clicked, this, [this] {
        const Profile& profile = m_app->profile();
        if (m_who == Who::Together) {
            QStringList ids;
            for (const PartnerInfo& p : profile.partners)
                ids << qs(p.id);
            Q_EMIT startRequested(ids, m_programId, true);
            return;
        }
        if (profile.partners.size() == 1) {
            Q_EMIT startRequested({qs(profile.partners.front().id)}, m_programId, false);
            return;
        }
        m_choices->setVisible(!m_choices->isVisible());
        if (m_choices->isVisible() && !m_people.isEmpty())
            m_people.front()->setFocus();
    });
    connect(app, &AppContext::ready, this, &PracticeStarter::refresh);
    connect(app, &AppContext::profileChanged, this, &PracticeStarter::refresh);
    connect(app, &AppContext::safetyChanged, this, &PracticeStarter::refresh);
    refresh();
}

void PracticeStarter::refresh()
{
    QString title;
    QString summary;
    if (const content::ContentLibrary* library = m_app->library()) {
        if (auto program = library->programPreferring(ss(m_programId), m_app->options().locale)) {
            title = qs(program->title);
            summary = qs(program->summary);
        }
    }
    const Profile& profile = m_app->profile();
    // Together: a couple, and only while their private checks leave joint work open (the same rule as Together).
    const bool offered = m_who == Who::OnYourOwn || (profile.partners.size() > 1 && m_app->jointAllowed());
    setVisible(!title.isEmpty() && profile.isSet() && offered);
    m_title->setText(title);
    m_summary->setText(summary);
    m_start->setAccessibleName(tr("Practise: %1").arg(title));
    m_start->setAccessibleDescription(m_summary->text());

    auto* choices = static_cast<QHBoxLayout*>(m_choices->layout());
    for (QPushButton* b : std::as_const(m_people)) {
        choices->removeWidget(b);
        b->deleteLater();
    }
    m_people.clear();
    if (m_who == Who::Together) {
        m_start->setAccessibleName(tr("Practise together: %1").arg(title));
        return;
    }
    int at = 1;
    for (const PartnerInfo& p : m_app->profile().partners) {
        QPushButton* who = makeButton(tr("I'm %1").arg(p.name), QStringLiteral("practiceAs-") + qs(p.id), m_choices,
                                      "chip", QStringLiteral("solo"), tr("Start the practice as %1.").arg(p.name));
        const QString id = qs(p.id);
        connect(who, &QPushButton::clicked, this, [this, id] {
            m_choices->setVisible(false);
            Q_EMIT startRequested({id}, m_programId, false);
        });
        choices->insertWidget(at++, who);
        m_people << who;
    }
}

} // namespace tend::ui
