#include "ui/screens/SessionScreen.h"

#include "ui/MainWindow.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

#include "tend/common/Log.h"
#include "tend/content/ContentLibrary.h"
#include "tend/modes/ProgramSwitch.h"
#include "tend/repair/RoundCommitments.h"
#include "tend/safety/HelpResources.h"
#include "tend/safety/SafetyCheck.h"
#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/app/SessionController.h"
#include "ui/app/TimerEndCue.h"
#include "ui/cards/CardFactory.h"
#include "ui/cards/CardWidget.h"
#include "ui/cards/RegulationCards.h"
#include "ui/lock/PartnerKeyNotice.h"
#include "ui/safety/CalmingOnly.h"
#include "ui/screens/PauseDialog.h"
#include "ui/screens/SessionRegulation.h"
#include "ui/theme/Icons.h"
#include "ui/theme/RichText.h"
#include "ui/theme/Theme.h"
#include "ui/widgets/Chip.h"
#include "ui/widgets/CoachNote.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/FocusRules.h"
#include "ui/widgets/PrivacyCurtain.h"
#include "ui/widgets/SavedIndicator.h"
#include "ui/widgets/StepRail.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {
namespace {

QString str(const nlohmann::json& object, const char* key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? qs(it->get<std::string>()) : QString();
}

} // namespace

SessionScreen::SessionScreen(AppContext* app, QWidget* parent)
    : Screen(ScreenId::Session, app, parent), m_controller(new SessionController(app, this))
{
    build();
    m_curtain = new PrivacyCurtain(this);
    connect(m_curtain, &PrivacyCurtain::confirmed, this, &SessionScreen::onCurtainConfirmed);
    connect(m_curtain, &PrivacyCurtain::cancelled, this, &SessionScreen::onCurtainCancelled);
    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    m_idle->setInterval(800);
    connect(m_idle, &QTimer::timeout, this, [this] { flushTyping(false); });
    connect(m_controller, &SessionController::changed, this, &SessionScreen::render);
    connect(m_controller, &SessionController::paused, this, [this] {
        const auto& info = m_controller->session().pauseInfo();
        if (info && info->byRoute && info->resumeAt.empty() && m_view != View::Unsafe)
            QTimer::singleShot(0, this, &SessionScreen::onPausedByRoute);
    });
}

SessionScreen::~SessionScreen() = default;

void SessionScreen::setClock(std::shared_ptr<const tend::Clock> clock)
{
    m_controller->setClock(std::move(clock));
}

QString SessionScreen::title() const
{
    if (!m_calmingFor.empty())
        return tr("Calming practices");
    if (!m_controller->hasSession())
        return tr("Repair");
    if (isPractice())
        return qs(m_controller->session().program().title);
    return m_controller->together() ? tr("Repair together") : tr("Repair on my own");
}

void SessionScreen::resizeEvent(QResizeEvent* event)
{
    Screen::resizeEvent(event);
    fitRail();
}

void SessionScreen::fitRail()
{
    // On a narrow window the card needs the room more than the rail does: the eyebrow still says which step of five
    // this is, and Back and Next still lead through them. The rail returns as soon as the window is wide enough.
    // In presenter mode the rail is what the room reads from, so it stays while the card has its minimum beside it
    // (a presenter window that is not full screen shares its width with the notes, which list every step too).
    const auto* main = qobject_cast<const MainWindow*>(window());
    const bool presenting = main && main->presenterMode();
    const int cardRoom = width() - m_rail->width();
    // Room for the card's own minimum width, the page's margins and a scroll bar, and never less than a readable
    // line.
    const int cardNeeds = m_page->columnWidget()->minimumSizeHint().width() + 64 +
                          style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this) + 8;
    const int comfortable = std::max(fontMetrics().averageCharWidth() * 62, cardNeeds);
    m_rail->parentWidget()->setVisible(m_railWanted && cardRoom >= (presenting ? cardNeeds : comfortable));
}

void SessionScreen::build()
{
    auto* root = new QHBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    root->setSpacing(0);

    auto* railSide = makeFrame("panel", this, QStringLiteral("railSide"));
    auto* railLayout = new QVBoxLayout(railSide);
    railLayout->setContentsMargins(0, 0, 0, 0);
    m_rail = new StepRail(railSide);
    railLayout->addWidget(m_rail);
    root->addWidget(railSide);

    auto* main = new QWidget(this);
    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->setSpacing(0);
    root->addWidget(main, 1);

    m_topBar = new QWidget(main);
    m_topBar->setObjectName(QStringLiteral("sessionTopBar"));
    // A flow, so a long "Pause — I feel unsafe" (German, the largest text) moves under the writer chips instead of
    // making the window wider than a small screen; it stays at the right either way.
    auto* top = new FlowLayout(m_topBar, 10);
    top->setLastAtRight(true);
    top->setContentsMargins(32, 14, 24, 6);
    m_writerBox = new QWidget(m_topBar);
    m_writerBox->setObjectName(QStringLiteral("writerSwitch"));
    auto* writerLayout = new QHBoxLayout(m_writerBox);
    writerLayout->setContentsMargins(0, 0, 0, 0);
    writerLayout->setSpacing(8);
    m_writerGroup = new QButtonGroup(this);
    m_writerGroup->setExclusive(true);
    top->addWidget(m_writerBox);
    m_unsafe = makeButton(tr("Pause — I feel unsafe"), QStringLiteral("sessionUnsafe"), m_topBar, "quiet",
                          QStringLiteral("shield"),
                          tr("Stops the session straight away and offers calming practices and help."));
    top->addWidget(m_unsafe);
    focus::markNeverFirst(m_unsafe);
    // A mouse click stops at once; a Space or Enter that may have been meant for the card asks first.
    focus::askBeforeEndingByKeyboard(m_unsafe, tr("Stop this repair for now? Everything is kept."), tr("Stop for now"),
                                     [this] { pauseForUnsafe(); });
    mainLayout->addWidget(m_topBar);

    m_page = new ScrollPage(main, 760);
    m_stage = m_page->column();
    m_stage->setSpacing(12);
    QWidget* host = m_page->columnWidget();
    m_eyebrow = makeLabel(QString(), "eyebrow", host);
    m_eyebrow->setObjectName(QStringLiteral("stepEyebrow"));
    m_stepTitle = makeLabel(QString(), "title", host);
    m_stepTitle->setObjectName(QStringLiteral("stepTitle"));
    m_whyToggle = makeButton(tr("Why this step?"), QStringLiteral("whyThisStep"), host, "quiet", QStringLiteral("info"),
                             tr("Shows why this step matters."));
    m_whyToggle->setCheckable(true);
    m_why = makeLabel(QString(), "note", host, true);
    m_why->setObjectName(QStringLiteral("stepPurpose"));
    m_why->setVisible(false);
    connect(m_whyToggle, &QPushButton::toggled, m_why, &QWidget::setVisible);
    auto* titleRow = new QHBoxLayout();
    titleRow->addWidget(m_stepTitle, 1);
    titleRow->addWidget(m_whyToggle, 0, Qt::AlignBottom);
    m_stage->addWidget(m_eyebrow);
    m_stage->addLayout(titleRow);
    m_stage->addWidget(m_why);
    m_cardHolder = new QWidget(host);
    m_cardHolder->setObjectName(QStringLiteral("cardHolder"));
    m_cardLayout = new QVBoxLayout(m_cardHolder);
    m_cardLayout->setContentsMargins(0, 6, 0, 0);
    m_cardLayout->setSpacing(12);
    m_stage->addWidget(m_cardHolder);

    m_overwhelm = makeFrame("warm", host, QStringLiteral("overwhelmNotice"));
    m_overwhelm->setVisible(false);
    m_stage->addWidget(m_overwhelm);
    m_message = makeLabel(QString(), "warmNote", host);
    m_message->setObjectName(QStringLiteral("sessionMessage"));
    m_message->setVisible(false);
    m_stage->addWidget(m_message);
    m_stage->addStretch(1);
    mainLayout->addWidget(m_page, 1);

    m_navBar = makeFrame("bar", main, QStringLiteral("sessionNav"));
    auto* nav = new QHBoxLayout(m_navBar);
    nav->setContentsMargins(32, 12, 32, 14);
    m_back = makeButton(tr("Back"), QStringLiteral("sessionBack"), m_navBar, nullptr, QStringLiteral("back"),
                        tr("The card before (Alt+Left). Your answers are kept."));
    m_next = makeButton(tr("Next"), QStringLiteral("sessionNext"), m_navBar, "primary", QStringLiteral("next"),
                        tr("Go on to the next card (Ctrl+Enter). You can skip a card by going on without answering."));
    m_next->setLayoutDirection(Qt::RightToLeft);
    nav->addWidget(m_back);
    nav->addStretch(1);
    nav->addWidget(m_next);
    mainLayout->addWidget(m_navBar);
    connect(m_back, &QPushButton::clicked, this, &SessionScreen::goBack);
    connect(m_next, &QPushButton::clicked, this, &SessionScreen::goNext);
}

QString SessionScreen::partnerName(const std::string& id) const
{
    const QString name = app()->profile().partner(id).name;
    return name.isEmpty() ? tr("You") : name;
}

QWidget* SessionScreen::initialFocus() const
{
    if (m_view == View::Card && m_card) {
        if (QWidget* target = m_card->focusTarget())
            return target;
    }
    if (m_next->isVisibleTo(this))
        return m_next;
    return focus::firstIn(m_cardHolder);
}

void SessionScreen::activated()
{
    render();
}

bool SessionScreen::canPause() const
{
    return m_calmingFor.empty() && m_controller->hasSession() &&
           m_controller->session().status() == engine::SessionStatus::Active;
}

QString SessionScreen::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void SessionScreen::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    // Said under the card, so brought into view: a Next that seems to do nothing is worse than a scroll.
    if (!text.isEmpty())
        m_page->ensureVisible(m_message);
}

void SessionScreen::syncNextKind()
{
    const bool primary = !(m_card && m_card->leadsItself());
    if ((m_next->property("kind").toString() == QLatin1String("primary")) == primary)
        return;
    m_next->setProperty("kind", primary ? QStringLiteral("primary") : QString());
    m_next->setIcon(icons::tinted(QStringLiteral("next"), primary ? QPalette::HighlightedText : QPalette::ButtonText));
    repolish(m_next);
}

bool SessionScreen::startNew(const QStringList& partnerIds, bool together, const QString& programId)
{
    if (partnerIds.isEmpty())
        return false;
    saveEverything();
    // A private check that offers calming only (R1, R2, R5, R6): "on my own" opens calming practices and help,
    // never the program. Nothing is started or stored, and nothing on screen says why.
    // Without a sound safety check nobody can have been asked it: the same, for everyone.
    for (const QString& id : partnerIds) {
        if (!app()->safetyCheckSound() || app()->safetyStatus(ss(id)).calmingOnly) {
            if (together)
                return false; // Home offers no together start then; refuse one from anywhere else too
            m_calmingFor = ss(id);
            m_calmingJoint = false;
            showPanel(View::Calming);
            Q_EMIT stateChanged();
            Q_EMIT titleChanged();
            return true;
        }
    }
    m_calmingFor.clear();
    std::vector<std::string> ids;
    for (const QString& id : partnerIds)
        ids.push_back(ss(id));
    QString error;
    m_card = nullptr;
    m_cardId.clear();
    m_writer = std::find(ids.begin(), ids.end(), app()->atKeyboard()) != ids.end() ? app()->atKeyboard() : ids.front();
    m_overwhelmDismissed = false;
    m_curtain->lower();
    if (!m_controller->startNew(ids, together, error, ss(programId))) {
        showMessage(error);
        tend::log::get("ui")->warn("a session could not start");
        return false;
    }
    m_switchNotice.clear();
    showMessage(QString());
    // Looking back at last time's agreements belongs to the full repair; the ten-minute one and the practices start
    // at once.
    m_reviewPending = together && (programId.isEmpty() || ss(programId) == modes::kRepairProgramId);
    app()->setAtKeyboard(m_writer);
    render();
    return true;
}

bool SessionScreen::continueStored()
{
    auto row = m_controller->resumable();
    if (!row)
        return false;
    m_calmingFor.clear();
    m_loadProblem.clear();
    QString error;
    if (!m_controller->hasSession() || m_controller->row().id != row->id) {
        m_card = nullptr;
        m_cardId.clear();
        if (!m_controller->load(*row, error)) {
            showMessage(error);
            m_loadProblem = error;
            return false;
        }
        // Start with whoever still has their own steps to do, preferring the person at the keyboard.
        const engine::Session& session = m_controller->session();
        const auto& ids = session.partners();
        m_writer = ids.front();
        if (std::find(ids.begin(), ids.end(), app()->atKeyboard()) != ids.end()) {
            m_writer = app()->atKeyboard();
        } else {
            for (const std::string& id : ids) {
                if (session.position(id).place == engine::PartnerPlace::OwnCard) {
                    m_writer = id;
                    break;
                }
            }
        }
        m_reviewPending = false;
        m_curtain->lower();
    }
    if (m_controller->session().status() == engine::SessionStatus::Paused && m_controller->resume(error))
        settleReturn(app(), m_controller->row().id);
    m_view = View::Empty;
    render();
    return true;
}

bool SessionScreen::resumeActiveSession()
{
    auto row = m_controller->resumable();
    if (!row || row->status != journal::SessionStatus::Active)
        return false;
    return continueStored();
}

void SessionScreen::setWriter(const std::string& partnerId)
{
    if (partnerId == m_writer)
        return;
    flushTyping(true);
    if (needsCurtain(m_writer, partnerId)) {
        raiseCurtain(partnerId);
        return;
    }
    m_writer = partnerId;
    app()->setAtKeyboard(partnerId);
    for (QAbstractButton* b : m_writerGroup->buttons()) {
        const QSignalBlocker block(b);
        b->setChecked(ss(b->property("partnerId").toString()) == partnerId);
    }
    const engine::PartnerPosition pos = m_controller->session().position(partnerId);
    // Together, the card is shared: only who is writing changes, not what is shown.
    if (pos.place == engine::PartnerPlace::Together && m_card && pos.cardId == m_cardId) {
        renderRail();
        Q_EMIT stateChanged();
        return;
    }
    render();
}

void SessionScreen::renderWriterSwitch()
{
    for (QAbstractButton* b : m_writerGroup->buttons()) {
        m_writerGroup->removeButton(b);
        b->deleteLater();
    }
    clearLayout(m_writerBox->layout());
    const bool show =
        m_controller->hasSession() && m_controller->together() && m_controller->session().partners().size() > 1;
    m_writerBox->setVisible(show);
    if (!show)
        return;
    auto* layout = static_cast<QHBoxLayout*>(m_writerBox->layout());
    // The question wraps (or narrows) before the names or "Pause — I feel unsafe" beside it would be squeezed.
    QLabel* label = makeLabel(tr("Who is writing now?"), "muted", m_writerBox);
    label->setMinimumWidth(1);
    layout->addWidget(label, 1);
    int index = 1;
    for (const std::string& id : m_controller->session().partners()) {
        const PartnerInfo who = app()->profile().partner(id);
        auto* chip = new Chip(partnerName(id), QStringLiteral("writer-") + qs(id), m_writerBox, QStringLiteral("solo"));
        chip->setProperty("partnerId", qs(id));
        chip->setAccessibleName(tr("%1 is writing").arg(partnerName(id)));
        chip->setAccessibleDescription(tr("Switch the screen to %1 (Alt+%2).").arg(partnerName(id)).arg(index));
        chip->setToolTip(chip->accessibleDescription());
        if (Theme* theme = Theme::instance(); theme && !who.colour.isEmpty())
            chip->setIcon(icons::coloured(QStringLiteral("dot"), theme->partnerColor(who.colour)));
        chip->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + index)));
        chip->setChecked(id == m_writer);
        focus::markNeverFirst(chip);
        m_writerGroup->addButton(chip);
        layout->addWidget(chip);
        connect(chip, &QPushButton::clicked, this, [this, id] { setWriter(id); });
        ++index;
    }
}

void SessionScreen::renderRail()
{
    if (!m_controller->hasSession())
        return;
    const engine::Session& session = m_controller->session();
    const auto& steps = session.program().steps;
    std::vector<RailStep> rail;
    const bool two = session.partners().size() > 1;
    auto stateOf = [](const engine::StepProgress& progress, const std::string& partner) {
        const auto found = progress.partners.find(partner);
        return found != progress.partners.end() ? found->second : engine::StepState::Ahead;
    };
    // Steps done by everyone, so far, from the start: step 5 opens only after both have finished their own steps.
    int lastOwnStep = 0;
    bool ownStepsDone = true;
    for (std::size_t i = 0; i < session.progress().size(); ++i) {
        const engine::StepProgress& progress = session.progress()[i];
        if (progress.who == content::Who::Together)
            continue;
        lastOwnStep = int(i) + 1;
        for (const std::string& partner : session.partners())
            ownStepsDone = ownStepsDone && stateOf(progress, partner) == engine::StepState::Done;
    }
    for (const engine::StepProgress& progress : session.progress()) {
        const content::Step* step = session.program().findStep(progress.stepId);
        if (!step)
            continue;
        RailStep item;
        item.title = qs(step->title);
        item.who = progress.who == content::Who::Together ? tr("together") : (two ? tr("each on your own") : QString());
        // A step is done when everyone in the repair has done it, not just the person at the keyboard.
        bool everyoneDone = true;
        bool anyoneStarted = false;
        for (const std::string& partner : session.partners()) {
            const engine::StepState st = stateOf(progress, partner);
            everyoneDone = everyoneDone && st == engine::StepState::Done;
            anyoneStarted = anyoneStarted || st != engine::StepState::Ahead;
        }
        const engine::StepState mine = stateOf(progress, m_writer);
        item.state = everyoneDone                         ? RailStep::State::Done
                     : mine == engine::StepState::Current ? RailStep::State::Current
                     : anyoneStarted                      ? RailStep::State::InProgress
                                                          : RailStep::State::Ahead;
        if (progress.who == content::Who::Together && two && !ownStepsDone) {
            item.state = RailStep::State::Ahead;
            item.locked = tr("opens when you have both finished step %1").arg(lastOwnStep);
        }
        if (two && progress.who == content::Who::Each) {
            QStringList where;
            for (const std::string& partner : session.partners()) {
                const engine::StepState st = stateOf(progress, partner);
                const QString word = st == engine::StepState::Done      ? tr("done")
                                     : st == engine::StepState::Current ? tr("in progress")
                                                                        : tr("not started");
                where << tr("%1: %2").arg(partnerName(partner), word);
            }
            item.partners = where.join(QStringLiteral(" · "));
        }
        rail.push_back(item);
    }
    Q_UNUSED(steps);
    m_rail->setSteps(rail);
}

void SessionScreen::clearStage()
{
    m_idle->stop();
    m_dirty = false;
    // Focus inside the old card would otherwise fall through to the next control in the window (Home, Pause).
    if (QWidget* focused = QApplication::focusWidget(); focused && m_cardHolder->isAncestorOf(focused))
        m_page->setFocus(Qt::OtherFocusReason);
    if (m_card) {
        m_card->hide();
        m_card->deleteLater();
    }
    m_card = nullptr;
    m_cardId.clear();
    clearLayout(m_cardLayout);
    m_overwhelm->setVisible(false);
}

void SessionScreen::render()
{
    repair::SessionViewState state;
    state.calming = !m_calmingFor.empty();
    state.hasSession = m_controller->hasSession();
    if (state.hasSession) {
        const engine::Session& session = m_controller->session();
        if (std::find(session.partners().begin(), session.partners().end(), m_writer) == session.partners().end())
            m_writer = session.partners().front();
        state.curtainUp = m_curtain->isUp();
        state.status = session.status();
        state.showingUnsafe = m_view == View::Unsafe;
        state.reviewPending = m_reviewPending;
        state.soloReflectionDone = m_controller->soloReflectionDone();
        state.practice = isPractice();
        state.jointAllowed = app()->jointAllowed();
        state.place = session.position(m_writer).place;
    }
    const View view = repair::chooseSessionView(state);
    switch (view) {
    case View::Calming:
        m_railWanted = false; // no program, so no steps to show
        fitRail();
        m_topBar->setVisible(false);
        showPanel(View::Calming);
        Q_EMIT stateChanged();
        Q_EMIT titleChanged();
        return;
    case View::Empty:
        clearStage();
        m_view = View::Empty;
        m_eyebrow->setText(QString());
        m_stepTitle->setText(tr("No repair is open"));
        m_whyToggle->setVisible(false);
        m_navBar->setVisible(false);
        m_topBar->setVisible(false);
        Q_EMIT stateChanged();
        return;
    case View::Curtain:
        // Nothing of anyone's writing is rebuilt behind the curtain.
        renderRail();
        return;
    default:
        break;
    }
    renderWriterSwitch();
    renderRail();
    m_railWanted = true;
    fitRail();
    m_topBar->setVisible(true);
    m_unsafe->setVisible(state.status == engine::SessionStatus::Active);
    switch (view) {
    case View::Unsafe:
        break; // stays as it is while the repair is paused
    case View::Review:
        showReview();
        break;
    case View::Card:
        renderCard();
        break;
    default:
        showPanel(view);
        break;
    }
    Q_EMIT stateChanged();
    Q_EMIT titleChanged();
}

// At the end of a repair together, the practice of noticing and taking each other's repair attempts is offered:
// the habit that makes the next rupture smaller (seed 003). Only while joint work is open to both.
void SessionScreen::addRepairAttemptsOffer(QVBoxLayout* layout, QLayout* buttons, QWidget* panel)
{
    const engine::Session& session = m_controller->session();
    const content::ContentLibrary* library = app()->library();
    auto program =
        library ? library->programPreferring(modes::kRepairAttemptsProgramId, app()->options().locale) : nullptr;
    if (!program || session.partners().size() < 2 || !app()->jointAllowed())
        return;
    QLabel* offer = makeLabel(tr("Another day, when things are calm: “%1”, a short practice together in noticing the "
                                 "small ways you each reach back, and taking them.")
                                  .arg(qs(program->title)),
                              "muted", panel);
    offer->setObjectName(QStringLiteral("repairAttemptsOffer"));
    layout->addWidget(offer);
    QPushButton* start = makeButton(tr("Practise it now"), QStringLiteral("sessionStartRepairAttempts"), panel, nullptr,
                                    QStringLiteral("together"), qs(program->summary));
    QStringList ids;
    for (const std::string& partner : session.partners())
        ids << qs(partner);
    connect(start, &QPushButton::clicked, this,
            [this, ids] { startNew(ids, true, QString::fromLatin1(modes::kRepairAttemptsProgramId)); });
    buttons->addWidget(start);
}

bool SessionScreen::isPractice() const
{
    // Any program other than a repair (the full one or the ten-minute one) is a short practice.
    return m_controller->hasSession() && !modes::isRepairProgram(m_controller->row().programId);
}

bool SessionScreen::programClosed(const content::Card& card, bool together)
{
    // Safety effects hold in every session, including one started or paused before the latest check. A together
    // step stays closed while anyone of the couple has joint work closed, also in one partner's own session.
    std::vector<SafetyStatus> everyone;
    for (const std::string& id : m_controller->session().partners())
        everyone.push_back(app()->safetyStatus(id));
    for (const PartnerInfo& p : app()->profile().partners)
        everyone.push_back(app()->safetyStatus(p.id));
    // Without a sound safety check nobody can have been asked it: calming practices and help only.
    const safety::ProgramAccess access = app()->safetyCheckSound()
                                             ? safety::programAccess(app()->safetyStatus(m_writer), everyone, together)
                                             : safety::ProgramAccess::CalmingOnly;
    if (access == safety::ProgramAccess::Open)
        return false;
    m_calmingJoint = access == safety::ProgramAccess::JointClosed;
    if (m_view == View::Calming && m_cardId == card.id && m_calmingWriter == m_writer)
        return true;
    showPanel(View::Calming);
    m_cardId = card.id;
    m_calmingWriter = m_writer;
    return true;
}

bool SessionScreen::passOverComeBackPlan(const content::Card& card)
{
    // While anyone's check has the come-back plan off, nobody in the couple is asked when to come back: time-outs
    // used as control come from the other partner. The card is passed over unanswered, as a skip would be, in the
    // direction the person was going, so Back still leads back past it.
    if (card.kind != content::CardKind::Schedule || app()->comeBackPlanAllowed())
        return false;
    const std::string id = card.id;
    const bool backwards = m_movingBack;
    QTimer::singleShot(0, this, [this, id, backwards] {
        if (!m_controller->hasSession())
            return;
        const content::Card* now = m_controller->session().currentCard(m_writer);
        if (!now || now->id != id)
            return;
        QString error;
        const bool moved = backwards ? m_controller->back(m_writer, error) : m_controller->next(m_writer, error);
        if (!moved)
            showMessage(error);
    });
    return true;
}

void SessionScreen::renderCard()
{
    const engine::Session& session = m_controller->session();
    const content::Card* card = session.currentCard(m_writer);
    if (!card)
        return;
    const content::Step& step = session.program().stepOf(*card);
    const bool together = step.who == content::Who::Together;
    if (programClosed(*card, together))
        return;
    if (passOverComeBackPlan(*card))
        return;
    if (m_view == View::Card && m_card && m_cardId == card->id &&
        (together || m_card->context().writer.id == m_writer)) {
        m_back->setEnabled(session.canBack(m_writer).ok());
        return;
    }
    clearStage();
    m_view = View::Card;
    m_cardId = card->id;

    const auto stepIndex = session.program().stepIndex(step.id).value_or(0);
    QString eyebrow = tr("STEP %1 OF %2").arg(stepIndex + 1).arg(session.program().steps.size());
    if (together)
        eyebrow += QStringLiteral("  ·  ") + tr("TOGETHER");
    else if (session.partners().size() > 1)
        eyebrow += QStringLiteral("  ·  ") + tr("%1'S OWN WORK").arg(partnerName(m_writer).toUpper());
    const int round = session.roundOf(step.id, together ? std::string() : m_writer);
    if (round > 1)
        eyebrow += QStringLiteral("  ·  ") + tr("ROUND %1").arg(round);
    m_eyebrow->setText(eyebrow);
    m_stepTitle->setText(qs(step.title));
    m_stepTitle->setAccessibleName(tr("Step %1: %2").arg(stepIndex + 1).arg(qs(step.title)));
    m_why->setText(contentToHtml(step.purpose));
    m_whyToggle->setVisible(!step.purpose.empty());
    m_navBar->setVisible(true);

    CardContext context;
    context.together = together;
    context.writer = app()->profile().partner(m_writer);
    if (context.writer.name.isEmpty())
        context.writer.name = partnerName(m_writer);
    for (const std::string& id : session.partners()) {
        PartnerInfo p = app()->profile().partner(id);
        if (p.name.isEmpty())
            p.name = partnerName(id);
        context.partners << p;
    }
    context.regulationContent = &app()->regulationContent();
    context.earlierCheckin = earlierCheckin(session, m_writer, *card);
    context.privacyAllowed = card->allowPrivate && !together;
    context.now = app()->now;
    context.coachNote = coachNoteFactory(app());
    context.timerEnded = timerEndCue(app());

    CardWidget* widget = CardFactory::create(*card, context, m_cardHolder);
    if (const engine::AnswerRecord* record = session.answerFor(m_writer, card->id)) {
        widget->setAnswer(record->value);
        widget->setKeepPrivate(record->keptPrivate);
    } else if (together && round > 1 && card->carryOver) {
        // Another round of step 5: the intention and agreements of the round before are carried in, editable; they
        // are kept for this round when the couple moves on.
        const nlohmann::json earlier = repair::latestEarlierAnswer(session, card->id);
        if (!earlier.is_null())
            widget->setAnswer(earlier);
    }
    if (auto draft = m_controller->draftFor(m_writer, card->id))
        widget->setDraft(*draft);
    if (SavedIndicator* saved = widget->savedIndicator()) {
        if (!app()->journal())
            saved->setState(SavedIndicator::State::NotStored,
                            tr("Not kept: the journal is not open, so this stays on screen only."));
        else if (session.answerFor(m_writer, card->id))
            saved->setState(SavedIndicator::State::Saved);
    }
    m_card = widget;
    if (together && round > 1 && step.cards.front().id == card->id)
        addRoundAgainNote(step, round);
    if (!m_switchNotice.isEmpty()) {
        // After a switch of program, said above its first card until the person moves on.
        QVBoxLayout* layout = addNote(QStringLiteral("switchNotice"), true);
        layout->addWidget(makeLabel(m_switchNotice, "body", layout->parentWidget()));
    }
    if (card->records == content::Records::Commitments)
        addEarlierCommitmentsNote(card->id);
    addLookBackNote(*card);
    addEarlierAnswersNote(*card, together);
    addRecallNote(*card);
    if (context.privacyAllowed && PartnerKeyNotice::needed(app(), m_writer))
        m_cardLayout->addWidget(new PartnerKeyNotice(app(), context.writer, m_cardHolder));
    m_cardLayout->addWidget(widget);
    updateOldPainNote(); // below the card: it answers what was just chosen there
    connect(widget, &CardWidget::answerChanged, this, &SessionScreen::onAnswerChanged);
    connect(widget, &CardWidget::editingFinished, this, [this] { flushTyping(false); });
    connect(widget, &CardWidget::advanceRequested, this,
            [this] { QTimer::singleShot(0, this, &SessionScreen::goNext); });
    connect(widget, &CardWidget::writerChangeRequested, this, [this](const std::string& id) {
        if (m_controller->hasSession() && m_controller->session().partners().size() > 1)
            setWriter(id);
    });

    m_back->setEnabled(session.canBack(m_writer).ok());
    m_next->setVisible(true);
    m_back->setVisible(true);
    syncNextKind();
    showMessage(QString());
    m_page->scrollToTop();
    if (isVisible())
        focus::give(widget->focusTarget(), m_next);
}

void SessionScreen::onAnswerChanged()
{
    if (!m_card)
        return;
    syncNextKind();
    // "Still to be heard: …" goes once nothing is missing any more.
    if (m_message->isVisible() && m_card->incompleteReason().isEmpty() && m_message->text() == m_lastIncomplete)
        showMessage(QString());
    if (m_card->isTextEntry()) {
        m_dirty = true;
        if (SavedIndicator* saved = m_card->savedIndicator(); saved && app()->journal())
            saved->setState(SavedIndicator::State::Editing);
        m_idle->start();
        return;
    }
    commitCard();
    updateOldPainNote();
}

void SessionScreen::commitCard()
{
    if (!m_card || !m_controller->hasSession())
        return;
    QString error;
    const nlohmann::json answer = m_card->answer();
    if (m_card->kind() == QLatin1String("gate") && answer.is_object()) {
        // A shared question each partner answers for themself (the engine counts the votes).
        for (const auto& [partner, option] : answer.items()) {
            if (!m_controller->answer(partner, option, false, error)) {
                showMessage(error);
                return;
            }
        }
    } else if (!m_controller->answer(m_writer, answer, m_card->keepPrivate(), error)) {
        showMessage(error);
        return;
    }
    showMessage(QString());
    m_controller->storeAnswer(m_writer, m_cardId);
    m_controller->persist();
    checkOverwhelm();
}

void SessionScreen::flushTyping(bool final)
{
    m_idle->stop();
    if (!m_card || !m_controller->hasSession() || m_view != View::Card)
        return;
    if (m_controller->session().status() != engine::SessionStatus::Active)
        return;
    if (!m_dirty && !final)
        return;
    if (!m_card->isTextEntry()) {
        if (final)
            commitCard();
        return;
    }
    QString error;
    if (!m_controller->answer(m_writer, m_card->answer(), m_card->keepPrivate(), error)) {
        showMessage(error);
        return;
    }
    QPointer<SavedIndicator> saved = m_card->savedIndicator();
    if (saved && app()->journal())
        saved->setState(SavedIndicator::State::Saving);
    auto done = [saved](bool ok) {
        if (!saved)
            return;
        if (ok)
            saved->setState(SavedIndicator::State::Saved, QObject::tr("at %1").arg(friendlyTime(QTime::currentTime())));
        else
            saved->setState(SavedIndicator::State::Failed);
    };
    if (final)
        m_controller->storeAnswer(m_writer, m_cardId, done);
    else
        m_controller->saveDraft(m_writer, m_cardId, m_card->draft(), m_card->keepPrivate(), done);
    m_controller->persist();
    m_dirty = false;
}

bool SessionScreen::goNext()
{
    if (!m_controller->hasSession() || m_view != View::Card || !m_card)
        return false;
    m_switchNotice.clear();
    flushTyping(true);
    const QString incomplete = m_card ? m_card->incompleteReason() : QString();
    if (!incomplete.isEmpty()) {
        m_lastIncomplete = incomplete;
        showMessage(incomplete);
        return true;
    }
    if (const QString refused = agreeReturnFromCard(app(), m_card, m_controller->row().id); !refused.isEmpty()) {
        showMessage(refused);
        return true;
    }
    if (switchIfChosen())
        return true;
    QString error;
    if (!m_controller->next(m_writer, error)) {
        showMessage(error);
        return true;
    }
    return true;
}

bool SessionScreen::switchIfChosen()
{
    const engine::Session& session = m_controller->session();
    const content::Card* card = session.program().findCard(m_cardId);
    const engine::AnswerRecord* record = session.answerFor(m_writer, m_cardId);
    const content::Option* option = card && record ? modes::switchChosen(*card, record->value) : nullptr;
    if (!option)
        return false;
    QString error;
    m_switchNotice = tr("Now in the full repair. What you have written so far is carried over, ready to change.");
    if (!m_controller->switchProgram(option->switchTo, error)) {
        m_switchNotice.clear();
        showMessage(error);
        return true;
    }
    Q_EMIT titleChanged();
    return true;
}

bool SessionScreen::goBack()
{
    if (!m_controller->hasSession() || m_view != View::Card)
        return false;
    m_switchNotice.clear();
    flushTyping(true);
    QString error;
    m_movingBack = true;
    if (!m_controller->back(m_writer, error))
        showMessage(error);
    m_movingBack = false;
    return true;
}

void SessionScreen::saveEverything()
{
    if (!m_controller->hasSession())
        return;
    flushTyping(false);
    m_controller->persist();
}

void SessionScreen::checkOverwhelm()
{
    if (!m_card || m_card->kind() != QLatin1String("checkin") || m_overwhelmDismissed)
        return;
    const tend::safety::OverwhelmNote note = app()->safetyCheck().overwhelmNote();
    if (!tend::safety::SafetyCheck::overwhelms(note, m_card->answer())) {
        m_overwhelm->setVisible(false);
        return;
    }
    if (m_overwhelm->isVisible())
        return;
    clearLayout(m_overwhelm->layout() ? m_overwhelm->layout() : new QVBoxLayout(m_overwhelm));
    auto* layout = static_cast<QVBoxLayout*>(m_overwhelm->layout());
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    layout->addWidget(makeLabel(qs(note.title), "heading", m_overwhelm));
    layout->addWidget(makeLabel(qs(note.body), "body", m_overwhelm));
    auto* row = new QHBoxLayout();
    QPushButton* pause = makeButton(tr("Pause and come back"), QStringLiteral("overwhelmPause"), m_overwhelm, "primary",
                                    QStringLiteral("pause"), tr("Pause now with a time to come back, within a day."));
    QPushButton* carry = makeButton(tr("Carry on for now"), QStringLiteral("overwhelmCarryOn"), m_overwhelm, "quiet");
    focus::markNeverFirst(pause); // Enter on the slider means "go on", not "pause"
    connect(pause, &QPushButton::clicked, this, &SessionScreen::requestPause);
    connect(carry, &QPushButton::clicked, this, [this] {
        m_overwhelmDismissed = true;
        m_overwhelm->setVisible(false);
    });
    row->addWidget(pause);
    row->addWidget(carry);
    row->addStretch(1);
    layout->addLayout(row);
    m_overwhelm->setVisible(true);
}

void SessionScreen::requestPause()
{
    if (!canPause())
        return;
    flushTyping(true);
    const bool offerReturn = app()->comeBackPlanAllowed();
    auto* dialog = new PauseDialog(app(), offerReturn, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Offer what a schedule card already agreed.
    for (const auto* answers :
         {&m_controller->session().answersOf(m_writer), &m_controller->session().sharedAnswers()}) {
        for (const auto& [cardId, record] : *answers) {
            if (record.value.is_object() && record.value.contains("at"))
                dialog->prefill(QDateTime::fromString(qs(record.value.value("at", std::string())), Qt::ISODate),
                                qs(record.value.value("place", std::string())));
        }
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        engine::PauseRequest request{ss(dialog->reason()), ss(dialog->returnAt()), ss(dialog->place())};
        QString error;
        if (m_controller->session().status() == engine::SessionStatus::Paused)
            m_controller->updatePause(request, error);
        else if (!m_controller->pause(m_writer, request, error))
            showMessage(error);
        agreeReturnFromPause(app(), dialog->returnAt(), dialog->place(), m_controller->row().id);
        if (JournalService* journal = app()->journal())
            journal->flush();
    });
    dialog->open();
}

void SessionScreen::onPausedByRoute()
{
    const bool offerReturn = app()->comeBackPlanAllowed();
    auto* dialog = new PauseDialog(app(), offerReturn, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    for (const auto* answers :
         {&m_controller->session().answersOf(m_writer), &m_controller->session().sharedAnswers()}) {
        for (const auto& [cardId, record] : *answers) {
            if (record.value.is_object() && record.value.contains("at"))
                dialog->prefill(QDateTime::fromString(qs(record.value.value("at", std::string())), Qt::ISODate),
                                qs(record.value.value("place", std::string())));
        }
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        m_controller->updatePause({ss(dialog->reason()), ss(dialog->returnAt()), ss(dialog->place())}, error);
        agreeReturnFromPause(app(), dialog->returnAt(), dialog->place(), m_controller->row().id);
    });
    dialog->open();
}

void SessionScreen::pauseForUnsafe()
{
    if (!canPause())
        return;
    flushTyping(true);
    QString error;
    m_view = View::Unsafe;
    if (!m_controller->pause(m_writer, {"paused", "", ""}, error)) {
        m_view = View::Empty;
        showMessage(error);
        return;
    }
    showPanel(View::Unsafe);
}

void SessionScreen::showPanel(View view)
{
    clearStage();
    m_view = view;
    m_navBar->setVisible(false);
    m_whyToggle->setVisible(false);
    m_why->setVisible(false);
    m_whyToggle->setChecked(false);
    QWidget* host = m_cardHolder;
    auto* panel = makeFrame("card", host, QStringLiteral("sessionPanel"));
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    // The actions wrap onto a second line rather than squeeze their words (panels hold up to four).
    auto* buttonRow = new QWidget(panel);
    buttonRow->setObjectName(QStringLiteral("sessionPanelActions"));
    auto* buttons = new FlowLayout(buttonRow, 10);
    buttons->setContentsMargins(0, 0, 0, 0);
    QPushButton* focus = nullptr;
    const engine::Session& session = m_controller->session();
    auto home = [this, panel]() {
        QPushButton* b =
            makeButton(tr("Back to Home"), QStringLiteral("sessionHome"), panel, nullptr, QStringLiteral("home"));
        connect(b, &QPushButton::clicked, this, [this] { Q_EMIT navigate(ScreenId::Home); });
        return b;
    };

    switch (view) {
    case View::Waiting: {
        m_eyebrow->setText(tr("WAITING FOR EACH OTHER"));
        m_stepTitle->setText(tr("%1, you have finished your own steps").arg(partnerName(m_writer)));
        QStringList others;
        for (const std::string& id : session.waitingFor(m_writer))
            others << partnerName(id);
        layout->addWidget(makeLabel(
            tr("The next step is done together. It opens when %1 has finished the steps before it too — now or "
               "another time.")
                .arg(others.join(tr(" and "))),
            "body", panel));
        for (const std::string& id : session.waitingFor(m_writer)) {
            QPushButton* to = makeButton(tr("Switch to %1").arg(partnerName(id)), QStringLiteral("switchTo-") + qs(id),
                                         panel, "primary", QStringLiteral("solo"));
            connect(to, &QPushButton::clicked, this, [this, id] { setWriter(id); });
            buttons->addWidget(to);
            if (!focus)
                focus = to;
        }
        buttons->addWidget(home());
        break;
    }
    case View::Finished:
        m_eyebrow->setText(tr("FINISHED"));
        m_stepTitle->setText(tr("You have reached the end"));
        layout->addWidget(makeLabel(tr("Thank you for staying with it."), "body", panel));
        focus = home();
        buttons->addWidget(focus);
        break;
    case View::Paused: {
        m_eyebrow->setText(tr("PAUSED"));
        m_stepTitle->setText(tr("Paused — everything is kept"));
        const auto& info = session.pauseInfo();
        QStringList lines;
        if (info && !info->resumeAt.empty()) {
            const QDateTime at = QDateTime::fromString(qs(info->resumeAt), Qt::ISODate).toLocalTime();
            lines << tr("You agreed to come back on %1.").arg(friendlyDateTime(at));
        }
        if (info && !info->place.empty())
            lines << tr("Where: %1").arg(qs(info->place));
        if (lines.isEmpty())
            lines << tr("Come back whenever you are both ready.");
        lines << tr("Until then, do something calming rather than going over what happened.");
        QLabel* text = makeLabel(lines.join(QLatin1Char('\n')), "body", panel);
        text->setObjectName(QStringLiteral("pausedText"));
        layout->addWidget(text);
        QPushButton* resume = makeButton(tr("Continue now"), QStringLiteral("sessionResume"), panel, "primary",
                                         QStringLiteral("play"), tr("Carry on where you paused."));
        connect(resume, &QPushButton::clicked, this, [this] {
            QString error;
            m_view = View::Empty;
            if (!m_controller->resume(error))
                showMessage(error);
            else
                settleReturn(app(), m_controller->row().id);
        });
        buttons->addWidget(resume);
        buttons->addWidget(home());
        focus = resume;
        break;
    }
    case View::Unsafe: {
        const nlohmann::json screen = app()
                                          ->safetyCheck()
                                          .document()
                                          .value("in_session", nlohmann::json::object())
                                          .value("unsafe_screen", nlohmann::json::object());
        m_eyebrow->setText(tr("PAUSED"));
        m_stepTitle->setText(str(screen, "title").isEmpty() ? tr("Taking a pause") : str(screen, "title"));
        layout->addWidget(makeLabel(contentToHtml(str(screen, "body")), "body", panel, true));
        for (const auto& act : screen.value("actions", nlohmann::json::array())) {
            const std::string kind = act.value("kind", std::string());
            QPushButton* b = makeButton(str(act, "label"), QStringLiteral("unsafeAction-") + str(act, "id"), panel,
                                        focus ? nullptr : "primary");
            if (kind == "practices") {
                const std::string tag = act.value("tag", std::string("settle"));
                connect(b, &QPushButton::clicked, this, [this, panel, tag, layout] {
                    CardContext context;
                    context.regulationContent = &app()->regulationContent();
                    context.writer = app()->profile().partner(m_writer);
                    auto* practice =
                        new PracticeCard(safety::settlingPractices("calming", {}, {}, tag), context, panel);
                    layout->insertWidget(layout->count() - 1, practice);
                });
            } else if (kind == "help-page") {
                connect(b, &QPushButton::clicked, this, [this] { Q_EMIT navigate(ScreenId::Help); });
            } else if (kind == "retake") {
                connect(b, &QPushButton::clicked, this, [this] {
                    QList<PartnerInfo> people;
                    for (const std::string& id : m_controller->session().partners())
                        people << app()->profile().partner(id);
                    Q_EMIT safetyCheckRequested(people, ScreenId::Home);
                });
            }
            buttons->addWidget(b);
            if (!focus)
                focus = b;
        }
        buttons->addWidget(home());
        break;
    }
    case View::Completed: {
        m_eyebrow->setText(tr("COMPLETE"));
        if (isPractice()) {
            m_stepTitle->setText(tr("Practice complete"));
            layout->addWidget(makeLabel(tr("Thank you for taking this time. What you wrote is kept in your journal."),
                                        "body", panel));
            focus = home();
            buttons->addWidget(focus);
            break;
        }
        m_stepTitle->setText(tr("You came through all five steps"));
        layout->addWidget(makeLabel(tr("Thank you for staying with each other through this. Repair is a skill, and "
                                       "you just practised it."),
                                    "body", panel));
        const auto commitments = repair::commitmentsOfAllRounds(session);
        if (!commitments.empty()) {
            layout->addWidget(makeLabel(tr("What you agreed to try"), "heading", panel));
            for (const engine::Commitment& c : commitments)
                layout->addWidget(makeLabel(QStringLiteral("•  ") + qs(c.text), "body", panel));
        }
        QPushButton* journal = makeButton(tr("Read it in the journal"), QStringLiteral("sessionOpenJournal"), panel,
                                          "primary", QStringLiteral("journal"));
        connect(journal, &QPushButton::clicked, this, [this] { Q_EMIT navigate(ScreenId::Journal); });
        buttons->addWidget(journal);
        addRepairAttemptsOffer(layout, buttons, panel);
        buttons->addWidget(home());
        focus = journal;
        break;
    }
    case View::Calming: {
        const nlohmann::json notice = app()->safetyCheck().document().value("neutral_notice", nlohmann::json::object());
        // With a partner in the session, the same neutral words whatever the reason and whoever is at the
        // screen, so nothing is revealed; on one's own, a plain invitation.
        const bool shared = m_calmingJoint || (m_calmingFor.empty() && m_controller->hasSession() &&
                                               m_controller->session().partners().size() > 1);
        m_eyebrow->setText(tr("ON YOUR OWN"));
        if (shared && !str(notice, "title").isEmpty()) {
            m_stepTitle->setText(str(notice, "title"));
            layout->addWidget(makeLabel(str(notice, "body"), "body", panel));
        } else {
            m_stepTitle->setText(tr("Calming practices"));
            // A word of why the repair steps are not here, without saying anything about anyone's answers.
            QLabel* why = makeLabel(tr("For now, Tend offers calming practices here in place of the repair steps. "
                                       "That can change when the private check is taken again, from Settings."),
                                    "body", panel);
            why->setObjectName(QStringLiteral("calmingWhy"));
            layout->addWidget(why);
            layout->addWidget(makeLabel(tr("Something small and steadying, whenever you want it. “Get help now” is "
                                           "always at the top of the window."),
                                        "muted", panel));
        }
        const std::string who = m_calmingFor.empty() ? m_writer : m_calmingFor;
        for (CardWidget* practice : safety::makeCalmingPractices(*app(), app()->profile().partner(who), panel)) {
            layout->addWidget(practice);
            if (!focus)
                focus = qobject_cast<QPushButton*>(practice->focusTarget());
        }
        QPushButton* help = makeButton(tr("Help and phone numbers"), QStringLiteral("calmingHelp"), panel, "primary",
                                       QStringLiteral("help"), tr("Emergency numbers and helplines for your country."));
        connect(help, &QPushButton::clicked, this, [this] { Q_EMIT navigate(ScreenId::Help); });
        buttons->addWidget(help);
        buttons->addWidget(home());
        if (!focus)
            focus = help;
        break;
    }
    case View::Reflected:
        showReflected(layout, panel, buttons, focus);
        buttons->addWidget(home());
        break;
    case View::Empty:
    case View::Card:
    case View::Review:
    case View::Curtain:
        break;
    }
    layout->addWidget(buttonRow);
    m_cardLayout->addWidget(panel);
    m_unsafe->setVisible(false);
    if (isVisible())
        ui::focus::give(focus, ui::focus::firstIn(panel));
}

bool SessionScreen::jumpTo(const std::string& cardId)
{
    if (!m_controller->hasSession())
        return false;
    flushTyping(true);
    QString error;
    if (m_controller->session().status() == engine::SessionStatus::Paused && !m_controller->resume(error)) {
        showMessage(error);
        return false;
    }
    if (!m_controller->jumpTo(m_writer, cardId, error)) {
        showMessage(error);
        return false;
    }
    m_view = View::Empty;
    render();
    return true;
}

std::string SessionScreen::currentProgramId() const
{
    return m_controller->hasSession() ? m_controller->session().program().id : std::string();
}

std::string SessionScreen::currentStepId() const
{
    if (!m_controller->hasSession())
        return {};
    const engine::Session& session = m_controller->session();
    const content::Card* card = session.currentCard(m_writer);
    return card ? session.program().stepOf(*card).id : std::string();
}

} // namespace tend::ui
