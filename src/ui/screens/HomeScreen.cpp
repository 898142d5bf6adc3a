#include "ui/screens/HomeScreen.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "tend/content/ContentLibrary.h"
#include "tend/modes/EarlierAnswers.h"
#include "tend/modes/ProgramSwitch.h"
#include "tend/safety/HelpResources.h"
#include "tend/safety/SafetyCheck.h"
#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/app/Settings.h"
#include "ui/presenter/DemoBadge.h"
#include "ui/screens/HomeTogether.h"
#include "ui/theme/Icons.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/FocusRules.h"
#include "ui/widgets/PracticeStarter.h"
#include "ui/widgets/TileButton.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {
namespace {

QString partOfDay(const QDateTime& now)
{
    const int hour = now.time().hour();
    if (hour < 5 || hour >= 22)
        return QObject::tr("Hello");
    if (hour < 12)
        return QObject::tr("Good morning");
    if (hour < 18)
        return QObject::tr("Good afternoon");
    return QObject::tr("Good evening");
}

} // namespace

HomeScreen::HomeScreen(AppContext* app, QWidget* parent) : Screen(ScreenId::Home, app, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* page = new ScrollPage(this, 760);
    layout->addWidget(page);
    m_column = page->column();
    m_column->setSpacing(18);
    QWidget* host = page->columnWidget();

    m_greeting = makeLabel(tr("Hello"), "display", host);
    m_greeting->setObjectName(QStringLiteral("homeGreeting"));
    m_column->addWidget(m_greeting);
    m_subtitle = makeLabel(tr("What would you like to do?"), "muted", host);
    m_column->addWidget(m_subtitle);

    m_notices = new QWidget(host);
    m_notices->setObjectName(QStringLiteral("homeNotices"));
    m_noticeLayout = new QVBoxLayout(m_notices);
    m_noticeLayout->setContentsMargins(0, 0, 0, 0);
    m_noticeLayout->setSpacing(10);
    m_column->addWidget(m_notices);

    // Something happened: step 1 on my own in one click (HomeTogether.h).
    m_quickEntry = new QuickEntryCard(app, host);
    connect(m_quickEntry, &QuickEntryCard::startAlone, this, &HomeScreen::startRequested);
    m_column->addWidget(m_quickEntry);

    // Continue a paused repair.
    m_continueCard = makeFrame("card", host, QStringLiteral("continueCard"));
    auto* continueLayout = new QHBoxLayout(m_continueCard);
    continueLayout->setContentsMargins(24, 20, 24, 20);
    continueLayout->setSpacing(16);
    auto* continueWords = new QVBoxLayout();
    continueWords->setSpacing(4);
    continueWords->addWidget(makeLabel(tr("Continue your repair"), "heading", m_continueCard));
    m_continueText = makeLabel(QString(), "muted", m_continueCard);
    m_continueText->setObjectName(QStringLiteral("continueText"));
    continueWords->addWidget(m_continueText);
    continueLayout->addLayout(continueWords, 1);
    m_continue = makeButton(tr("Continue"), QStringLiteral("homeContinue"), m_continueCard, "primary",
                            QStringLiteral("next"), tr("Pick up where you left off."));
    continueLayout->addWidget(m_continue, 0, Qt::AlignVCenter);
    connect(m_continue, &QPushButton::clicked, this, &HomeScreen::continueRequested);
    m_column->addWidget(m_continueCard);

    m_column->addWidget(buildStartCard(host));

    // The cycle the couple named together ("our cycle"): the thing they face side by side.
    m_cycleCard = makeFrame("soft", host, QStringLiteral("homeCycle"));
    auto* cycleLayout = new QVBoxLayout(m_cycleCard);
    cycleLayout->setContentsMargins(24, 16, 24, 16);
    cycleLayout->setSpacing(4);
    cycleLayout->addWidget(makeLabel(tr("Your cycle"), "eyebrow", m_cycleCard));
    m_cycleName = makeLabel(QString(), "heading", m_cycleCard);
    m_cycleName->setObjectName(QStringLiteral("homeCycleName"));
    cycleLayout->addWidget(m_cycleName);
    cycleLayout->addWidget(makeLabel(tr("When you notice it starting, it is the two of you against the cycle, not "
                                        "against each other."),
                                     "muted", m_cycleCard));
    m_cycleCard->setVisible(false);
    m_column->addWidget(m_cycleCard);

    // Reflections written alone, ready to bring, and the commitments ledger (HomeTogether.h).
    m_reflections = new ReflectionsCard(app, this, host);
    connect(m_reflections, &ReflectionsCard::brought, this, &HomeScreen::continueRequested);
    m_column->addWidget(m_reflections);
    m_ledger = new LedgerCard(app, host);
    connect(m_ledger, &LedgerCard::showAll, this, [this] { Q_EMIT navigate(ScreenId::Commitments); });
    m_column->addWidget(m_ledger);

    // Everything else, as quiet tiles.
    auto* tiles = new QGridLayout();
    tiles->setHorizontalSpacing(14);
    tiles->setVerticalSpacing(14);
    struct Tile {
        QString title;
        QString subtitle;
        const char* name;
        const char* icon;
        ScreenId target;
    };
    const Tile list[] = {
        {tr("Journal"), tr("What you wrote, by repair and step. Search with Ctrl+F."), "homeJournal", "journal",
         ScreenId::Journal},
        {tr("Commitments"), tr("What you agreed to try after each repair."), "homeCommitments", "commitments",
         ScreenId::Commitments},
        {tr("Insights"), tr("How your repairs are going, month by month."), "homeInsights", "leaf", ScreenId::Insights},
        {tr("Settings"), tr("Look, text size, country, backups and the private check."), "homeSettings", "settings",
         ScreenId::Settings},
    };
    int column = 0;
    for (const Tile& tile : list) {
        auto* button = new TileButton(tile.title, tile.subtitle, QString::fromLatin1(tile.name),
                                      QString::fromLatin1(tile.icon), host);
        const ScreenId target = tile.target;
        connect(button, &QPushButton::clicked, this, [this, target] { Q_EMIT navigate(target); });
        // Two tiles a row: four in one row would squeeze their words at the window's smallest width.
        tiles->addWidget(button, column / 2, column % 2);
        ++column;
    }
    for (int c = 0; c < 2; ++c)
        tiles->setColumnStretch(c, 1);
    m_column->addLayout(tiles);
    // Practices between repairs: together first (they need both people), then those done on one's own.
    m_column->addWidget(makeLabel(tr("Practise between repairs"), "heading", host));
    const std::pair<const char*, PracticeStarter::Who> practices[] = {
        {"our-cycle", PracticeStarter::Who::Together},
        {"repair-attempts", PracticeStarter::Who::Together},
        {"starting-gently", PracticeStarter::Who::OnYourOwn},
        {"express-dont-describe", PracticeStarter::Who::OnYourOwn},
    };
    for (const auto& [id, who] : practices) {
        auto* practice = new PracticeStarter(app, QString::fromLatin1(id), who, host);
        connect(practice, &PracticeStarter::startRequested, this, &HomeScreen::practiceRequested);
        m_column->addWidget(practice);
    }
    // The demo row waits for the first frame (it is below the fold and adds text to lay out).
    auto* demoSlot = new QVBoxLayout();
    m_column->addLayout(demoSlot);
    auto addDemoRow = [app, host, demoSlot] { demoSlot->addWidget(makeDemoRow(app, host)); };
    if (app->isReady())
        addDemoRow();
    else
        connect(app, &AppContext::ready, this, addDemoRow, Qt::SingleShotConnection);
    m_column->addStretch(1);

    connect(app, &AppContext::ready, this, &HomeScreen::refresh);
    connect(app, &AppContext::profileChanged, this, &HomeScreen::refresh);
    connect(app, &AppContext::safetyChanged, this, &HomeScreen::refresh);
    refresh();
}

QWidget* HomeScreen::buildStartCard(QWidget* parent)
{
    auto* card = makeFrame("card", parent, QStringLiteral("startCard"));
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(24, 20, 24, 22);
    layout->setSpacing(10);
    layout->addWidget(makeLabel(tr("Start a repair"), "heading", card));

    // Small ruptures first: most need ten minutes, not an evening (content/programs/quick-repair).
    m_quickRow = new QWidget(card);
    m_quickRow->setObjectName(QStringLiteral("quickRepairRow"));
    auto* quick = new QHBoxLayout(m_quickRow);
    quick->setContentsMargins(0, 0, 0, 6);
    quick->setSpacing(12);
    auto* quickWords = makeLabel(tr("A small one? A sharp word, a missed call: mend it together in about ten minutes."),
                                 "body", m_quickRow);
    quick->addWidget(quickWords, 1);
    m_quick = makeButton(tr("Ten-minute repair"), QStringLiteral("homeStartQuick"), m_quickRow, "primary",
                         QStringLiteral("together"),
                         tr("Both of you, at this screen, for a small rupture. You can switch to the full repair "
                            "if it turns out bigger."));
    quick->addWidget(m_quick, 0, Qt::AlignVCenter);
    layout->addWidget(m_quickRow);
    connect(m_quick, &QPushButton::clicked, this, [this] {
        QStringList ids;
        for (const PartnerInfo& p : this->app()->profile().partners)
            ids << qs(p.id);
        Q_EMIT quickRepairRequested(ids);
    });

    m_startSummary =
        makeLabel(tr("Five calm steps, from noticing what happened to coming back to each other."), "muted", card);
    m_startSummary->setObjectName(QStringLiteral("startSummary"));
    layout->addWidget(m_startSummary);
    m_neutral = makeLabel(QString(), "warmNote", card);
    m_neutral->setObjectName(QStringLiteral("neutralNotice"));
    m_neutral->setVisible(false);
    layout->addWidget(m_neutral);

    auto* row = new QHBoxLayout();
    row->setSpacing(10);
    m_together = makeButton(tr("Together"), QStringLiteral("homeStartTogether"), card, "primary",
                            QStringLiteral("together"), tr("Both of you, at this screen. Starts at once."));
    m_alone = makeButton(tr("On my own"), QStringLiteral("homeStartAlone"), card, nullptr, QStringLiteral("solo"),
                         tr("Work through the steps by yourself, at your own pace."));
    row->addWidget(m_together);
    row->addWidget(m_alone);
    row->addStretch(1);
    layout->addLayout(row);

    m_aloneChoices = new QWidget(card);
    m_aloneChoices->setObjectName(QStringLiteral("aloneChoices"));
    auto* choices = new QHBoxLayout(m_aloneChoices);
    choices->setContentsMargins(0, 4, 0, 0);
    choices->setSpacing(10);
    choices->addWidget(makeLabel(tr("Who is starting?"), "muted", m_aloneChoices));
    m_aloneChoices->setVisible(false);
    layout->addWidget(m_aloneChoices);

    connect(m_together, &QPushButton::clicked, this, [this] {
        QStringList ids;
        for (const PartnerInfo& p : this->app()->profile().partners)
            ids << qs(p.id);
        Q_EMIT startRequested(ids, true);
    });
    connect(m_alone, &QPushButton::clicked, this, [this] {
        const Profile& profile = this->app()->profile();
        if (profile.partners.size() == 1) {
            Q_EMIT startRequested({qs(profile.partners.front().id)}, false);
            return;
        }
        m_aloneChoices->setVisible(!m_aloneChoices->isVisible());
        if (m_aloneChoices->isVisible() && !m_aloneButtons.isEmpty())
            m_aloneButtons.front()->setFocus();
    });
    return card;
}

void HomeScreen::showNotice(const QString& text)
{
    QLabel* note = makeLabel(text, "warmNote", m_notices);
    note->setObjectName(QStringLiteral("homeNotice"));
    note->setAccessibleName(text);
    m_noticeLayout->insertWidget(0, note);
    note->show();
    m_notices->setVisible(true);
}

QWidget* HomeScreen::initialFocus() const
{
    if (focus::willShow(m_continueCard))
        return m_continue;
    if (focus::willShow(m_quickRow) && m_quick->isEnabled())
        return m_quick;
    return focus::willShow(m_together) && m_together->isEnabled() ? m_together : m_alone;
}

void HomeScreen::activated()
{
    refresh();
}

void HomeScreen::refresh()
{
    const Profile& profile = app()->profile();
    const QDateTime now = app()->now();
    m_greeting->setText(profile.isSet() ? tr("%1, %2").arg(partOfDay(now), profile.names()) : partOfDay(now));

    // Notices: the journal could not open; content that did not load; private checks due.
    while (QLayoutItem* item = m_noticeLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!app()->journalProblem().isEmpty()) {
        QLabel* note = makeLabel(tr("Tend could not open your journal, so nothing you write now will be kept. %1")
                                     .arg(app()->journalProblem()),
                                 "warmNote", m_notices);
        note->setObjectName(QStringLiteral("journalProblem"));
        m_noticeLayout->addWidget(note);
    }
    if (app()->isReady() && !app()->contentProblems().isEmpty()) {
        QLabel* note = makeLabel(
            tr("Some content files could not be loaded: %1").arg(app()->contentProblems().join(QStringLiteral("; "))),
            "muted", m_notices);
        note->setObjectName(QStringLiteral("contentProblems"));
        m_noticeLayout->addWidget(note);
    }
    if (app()->isReady() && app()->safetyCheck().isValid()) {
        for (const PartnerInfo& p : app()->safetyChecksDue()) {
            auto* row = new QWidget(m_notices);
            auto* rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            rowLayout->addWidget(
                makeLabel(tr("%1, a short private check is waiting for you.").arg(p.name), "body", row), 1);
            QPushButton* take =
                makeButton(tr("Take it now"), QStringLiteral("takeCheck-") + qs(p.id), row, nullptr,
                           QStringLiteral("shield"), tr("A few private questions, for %1 only.").arg(p.name));
            const PartnerInfo who = p;
            connect(take, &QPushButton::clicked, this,
                    [this, who] { Q_EMIT safetyCheckRequested({who}, ScreenId::Home); });
            rowLayout->addWidget(take);
            m_noticeLayout->addWidget(row);
        }
    }
    m_notices->setVisible(m_noticeLayout->count() > 0);

    // Continue a paused or unfinished repair.
    QString resume;
    if (JournalService* journal = app()->journal(); journal && profile.isSet()) {
        if (auto row = journal->resumableSession(profile.coupleId)) {
            const bool paused = row->status == journal::SessionStatus::Paused;
            resume = paused ? tr("Paused.") : tr("Not finished yet.");
            QDateTime at;
            // No "you agreed to come back" while anyone's check has the come-back plan off, for either person.
            const bool plan = app()->comeBackPlanAllowed();
            if (plan && row->returnAt && !row->returnAt->empty())
                at = QDateTime::fromString(qs(*row->returnAt), Qt::ISODate).toLocalTime();
            const QString place = plan && row->returnPlace ? qs(*row->returnPlace) : QString();
            if (at.isValid() && !place.isEmpty())
                resume +=
                    QLatin1Char(' ') + tr("You agreed to come back on %1. Where: %2").arg(friendlyDateTime(at), place);
            else if (at.isValid())
                resume += QLatin1Char(' ') + tr("You agreed to come back on %1.").arg(friendlyDateTime(at));
            else if (!place.isEmpty())
                resume += QLatin1Char(' ') + tr("Where you agreed to meet: %1").arg(place);
        }
    }
    m_continueCard->setVisible(!resume.isEmpty());
    m_continueText->setText(resume);
    m_continue->setAccessibleDescription(resume);

    // Start: together needs two people whose private checks leave joint work open.
    const bool couple = profile.partners.size() > 1;
    m_together->setVisible(couple);
    const bool joint = app()->jointAllowed();
    m_together->setEnabled(joint);
    // The ten-minute repair is done together: offered to a couple whose checks leave joint work open.
    const content::ContentLibrary* programs = app()->library();
    m_quickRow->setVisible(couple && joint && programs &&
                           programs->programPreferring(modes::kQuickRepairProgramId, app()->options().locale));
    // With the ten-minute repair first, the full repair's Together is the second choice, not a second primary.
    const bool togetherFirst = !m_quickRow->isVisibleTo(this);
    m_together->setProperty("kind", togetherFirst ? QStringLiteral("primary") : QString());
    m_together->setIcon(
        icons::tinted(QStringLiteral("together"), togetherFirst ? QPalette::HighlightedText : QPalette::ButtonText));
    repolish(m_together);
    const nlohmann::json notice = app()->safetyCheck().document().value("neutral_notice", nlohmann::json::object());
    // The same words whatever the reason, so nothing is revealed.
    m_neutral->setVisible(couple && app()->isReady() && !joint);
    m_neutral->setText(qs(notice.value("title", std::string())) + QStringLiteral("\n") +
                       qs(notice.value("body", std::string())));
    m_alone->setText(couple ? tr("On my own…") : tr("Start"));
    m_alone->setAccessibleName(couple ? tr("On my own") : tr("Start a repair"));
    m_alone->setProperty("kind", couple ? QString() : QStringLiteral("primary"));
    repolish(m_alone);

    if (const content::ContentLibrary* library = app()->library()) {
        if (auto program = library->programPreferring("rupture-to-repair", app()->options().locale);
            program && !program->summary.empty()) {
            // A program not yet written in the person's language is offered in English, and says so.
            const bool fallback = program->locale != app()->options().locale;
            m_startSummary->setText(
                fallback ? qs(program->summary) + QStringLiteral("\n") +
                               tr("This program is not yet written in your language, so it opens in English.")
                         : qs(program->summary));
        }
    }

    // One button per person for "on my own".
    QLayout* choices = m_aloneChoices->layout();
    while (choices->count() > 1) {
        QLayoutItem* item = choices->takeAt(1);
        delete item->widget();
        delete item;
    }
    m_aloneButtons.clear();
    for (const PartnerInfo& p : profile.partners) {
        QPushButton* who =
            makeButton(tr("I'm %1").arg(p.name), QStringLiteral("startAloneAs-") + qs(p.id), m_aloneChoices, "chip",
                       QStringLiteral("solo"), tr("Start a repair on your own as %1.").arg(p.name));
        const QString id = qs(p.id);
        connect(who, &QPushButton::clicked, this, [this, id] { Q_EMIT startRequested({id}, false); });
        choices->addWidget(who);
        m_aloneButtons << who;
    }
    static_cast<QHBoxLayout*>(choices)->addStretch(1);

    // The cycle's name is what the couple wrote together, so it shows for a couple only (never a private answer).
    QString cycle;
    if (JournalService* journal = app()->journal(); journal && couple && app()->library()) {
        auto found = modes::couplesCycle(journal->reader(), *app()->library(), profile.coupleId);
        if (found && found.value())
            cycle = qs(found.value()->text).simplified();
    }
    m_cycleCard->setVisible(!cycle.isEmpty());
    m_cycleName->setText(cycle.isEmpty() ? QString() : tr("“%1”").arg(cycle));

    m_quickEntry->refresh();
    m_reflections->refresh();
    m_ledger->refresh();
}

} // namespace tend::ui
