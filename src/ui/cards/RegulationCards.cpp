#include "ui/cards/RegulationCards.h"

#include <QButtonGroup>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "tend/regulation/RegulationLibrary.h"
#include "ui/regulation/BreathingPacer.h"
#include "ui/regulation/HugTimer.h"
#include "ui/regulation/LiftPractice.h"
#include "ui/regulation/RegulationQt.h"
#include "ui/theme/RichText.h"
#include "ui/theme/Theme.h"
#include "ui/widgets/Chip.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

using tend::regulation::Practice;
using tend::regulation::RegulationContent;

namespace {

bool reducedMotion()
{
    const Theme* theme = Theme::instance();
    return theme && theme->reducedMotion();
}

/// What a time-keeping card recorded, for its answer: whole seconds and whether the full length ran.
engine::Answer timeAnswer(double seconds, bool completed)
{
    return {{"seconds", static_cast<int>(std::lround(std::max(0.0, seconds)))}, {"completed", completed}};
}

/// A quiet line about an earlier go (the widgets themselves always start fresh).
QString earlierText(const engine::Answer& answer)
{
    if (!answer.is_object())
        return {};
    const double seconds = answer.value("seconds", 0.0);
    const QString time = regulation::clockText(seconds);
    if (answer.value("completed", false))
        return QObject::tr("You did this earlier, to the end (%1). You can go again whenever you like.").arg(time);
    if (seconds <= 0.0)
        return {};
    return QObject::tr("You spent %1 on this earlier. You can go again whenever you like.").arg(time);
}

QLabel* earlierLabel(QWidget* parent)
{
    QLabel* label = makeLabel(QString(), "muted", parent);
    label->setObjectName(QStringLiteral("regulationEarlier"));
    label->setVisible(false);
    return label;
}

void showEarlier(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

/// "Breathe in 4 s · Breathe out 6 s": the rhythm in words, for those who like to know it before starting.
QString rhythmText(const tend::regulation::BreathingPattern& pattern, const tend::regulation::RegulationTexts& texts)
{
    QStringList parts;
    for (const auto& step : pattern.phases)
        parts << QObject::tr("%1 %2 s").arg(regulation::phaseLabel(texts, step.phase)).arg(step.seconds);
    return parts.join(QStringLiteral("  ·  "));
}

/// A pacer set up for `pattern` and `minutes` inside a card; an unsafe or missing pattern shows why.
regulation::BreathingPacer* makePacer(const RegulationContent& content, const std::string& patternId, int minutes,
                                      QWidget* parent, QVBoxLayout* into)
{
    auto* pacer = new regulation::BreathingPacer(parent);
    pacer->setTexts(content.texts);
    pacer->setTitleVisible(false);
    pacer->setReducedMotion(reducedMotion());
    const tend::regulation::BreathingPattern* pattern = content.library.findPattern(patternId);
    QString problem;
    if (!pattern) {
        problem = QObject::tr("The breathing pattern \"%1\" is not in the practices library. You can breathe slowly in "
                              "your own rhythm, or skip this card.")
                      .arg(qs(patternId));
    } else if (pacer->setPattern(*pattern, &problem)) {
        QLabel* rhythm = makeLabel(rhythmText(*pattern, content.texts), "muted", parent);
        rhythm->setObjectName(QStringLiteral("breathingRhythm"));
        into->addWidget(rhythm);
        if (minutes > 0)
            pacer->setMinutes(minutes);
    }
    into->addWidget(pacer);
    if (!problem.isEmpty()) {
        QLabel* note = makeLabel(problem, "warmNote", parent);
        note->setObjectName(QStringLiteral("breathingProblem"));
        into->addWidget(note);
    }
    return pacer;
}

} // namespace

std::shared_ptr<const RegulationContent> regulationContentFor(const CardContext& context)
{
    if (context.regulationContent)
        return {std::shared_ptr<const RegulationContent>{}, context.regulationContent}; // not owned
    return std::make_shared<RegulationContent>();
}

// ---- breathing ----

BreathingCard::BreathingCard(const content::Card& card, const CardContext& context, QWidget* parent)
    : CardWidget(card, context, parent), m_content(regulationContentFor(context))
{
    const int minutes = card.minutes;
    m_pacer = makePacer(*m_content, card.pattern, minutes, this, content());
    m_earlier = earlierLabel(this);
    content()->addWidget(m_earlier);
    auto record = [this] {
        showEarlier(m_earlier, QString());
        Q_EMIT answerChanged();
    };
    connect(m_pacer, &regulation::BreathingPacer::finished, this, record);
    connect(m_pacer, &regulation::BreathingPacer::finished, this,
            [this] { timedPracticeEnded(tr("Time is up. Let your breathing find its own pace again.")); });
    connect(m_pacer, &regulation::BreathingPacer::stopped, this, record);
    addFooter(false);
}

engine::Answer BreathingCard::answer() const
{
    const bool practised = m_pacer->state() != regulation::BreathingPacer::State::Idle || m_pacer->elapsedSeconds() > 0;
    if (!practised)
        return m_restored;
    return timeAnswer(m_pacer->elapsedSeconds(), m_pacer->completed());
}

void BreathingCard::setAnswer(const engine::Answer& answer)
{
    m_restored = answer.is_object() ? answer : engine::Answer();
    showEarlier(m_earlier, earlierText(m_restored));
}

QWidget* BreathingCard::focusTarget() const
{
    return m_pacer->focusTarget();
}

// ---- practice ----

PracticeCard::PracticeCard(const content::Card& card, const CardContext& context, QWidget* parent)
    : CardWidget(card, context, parent), m_content(regulationContentFor(context))
{
    const std::string& practiceId = card.practice;
    const std::string& tag = card.tag;
    if (!practiceId.empty()) {
        if (const Practice* practice = m_content->library.findPractice(practiceId))
            m_offered.push_back(practice);
    } else if (!tag.empty()) {
        m_offered = m_content->library.practicesTagged(tag);
    }

    if (m_offered.size() > 1) {
        content()->addWidget(makeLabel(tr("Choose one that appeals to you right now:"), "body", this));
        auto* holder = new QWidget(this);
        holder->setObjectName(QStringLiteral("practicePicker"));
        auto* flow = new FlowLayout(holder, 10);
        m_picker = new QButtonGroup(this);
        for (const Practice* practice : m_offered) {
            QString label = qs(practice->title);
            if (practice->minutes > 0)
                label += QStringLiteral(" · ") +
                         (practice->minutes == 1 ? tr("1 min") : tr("%1 min").arg(practice->minutes));
            auto* chip = new Chip(label, QStringLiteral("practice-") + qs(practice->id), holder);
            chip->setProperty("practiceId", qs(practice->id));
            chip->setAccessibleName(qs(practice->title));
            chip->setAccessibleDescription(practice->pattern.empty()
                                               ? tr("Guides you through this practice one step at a time.")
                                               : tr("Opens the breathing pacer for this practice."));
            m_picker->addButton(chip);
            flow->addWidget(chip);
        }
        connect(m_picker, &QButtonGroup::buttonClicked, this, [this](QAbstractButton* button) {
            showPractice(ss(button->property("practiceId").toString()));
            Q_EMIT answerChanged();
        });
        content()->addWidget(holder);
    }

    m_stage = makeFrame("soft", this, QStringLiteral("practiceDetail"));
    m_stageLayout = new QVBoxLayout(m_stage);
    m_stageLayout->setContentsMargins(18, 14, 18, 14);
    m_stageLayout->setSpacing(8);
    content()->addWidget(m_stage);
    m_earlier = earlierLabel(this);
    content()->addWidget(m_earlier);
    addFooter(false);

    if (m_offered.size() == 1) {
        showPractice(m_offered.front()->id);
    } else if (m_offered.empty()) {
        QLabel* missing = makeLabel(
            tr("This practice could not be found in the practices library. You can skip this card."), "muted", m_stage);
        missing->setObjectName(QStringLiteral("practiceMissing"));
        m_stageLayout->addWidget(missing);
    } else {
        m_stage->hide();
    }
}

void PracticeCard::showPractice(const std::string& id)
{
    const auto it = std::find_if(m_offered.begin(), m_offered.end(), [&](const Practice* p) { return p->id == id; });
    if (it == m_offered.end()) {
        m_stage->hide();
        return;
    }
    if (id != m_current) {
        m_started = false;
        m_completed = false;
    }
    m_current = id;
    while (QLayoutItem* item = m_stageLayout->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    m_guide = nullptr;
    m_pacer = nullptr;
    const Practice& practice = **it;
    if (!practice.pattern.empty() && m_content->library.findPattern(practice.pattern)) {
        QLabel* heading = makeLabel(qs(practice.title), "heading", m_stage);
        heading->setObjectName(QStringLiteral("practiceHeading"));
        m_stageLayout->addWidget(heading);
        m_pacer = makePacer(*m_content, practice.pattern, practice.minutes, m_stage, m_stageLayout);
        connect(m_pacer, &regulation::BreathingPacer::started, this, [this] {
            m_started = true;
            Q_EMIT answerChanged();
        });
        connect(m_pacer, &regulation::BreathingPacer::finished, this, [this] {
            m_completed = true;
            timedPracticeEnded(tr("Time is up. Let your breathing find its own pace again."));
            Q_EMIT answerChanged();
        });
    } else {
        m_guide = new regulation::LiftPractice(m_stage);
        m_guide->setTexts(m_content->texts);
        m_guide->setPractice(practice);
        m_stageLayout->addWidget(m_guide);
        connect(m_guide, &regulation::LiftPractice::started, this, [this] {
            m_started = true;
            Q_EMIT answerChanged();
        });
        connect(m_guide, &regulation::LiftPractice::finished, this, [this](const QString&, bool completed) {
            m_completed = m_completed || completed;
            Q_EMIT answerChanged();
        });
    }
    if (!practice.evidence.empty()) {
        QLabel* evidence = makeLabel(contentToHtml(practice.evidence), "small", m_stage, true);
        evidence->setObjectName(QStringLiteral("practiceEvidence"));
        m_stageLayout->addWidget(evidence);
    }
    m_stage->show();
}

engine::Answer PracticeCard::answer() const
{
    // With one practice there is nothing to choose: starting it makes the answer.
    if (m_current.empty() || (m_offered.size() == 1 && !m_started && !m_completed))
        return nullptr;
    return {{"practice", m_current}, {"completed", m_completed}};
}

void PracticeCard::setAnswer(const engine::Answer& answer)
{
    const QSignalBlocker block(this);
    if (!answer.is_object()) {
        m_started = false;
        m_completed = false;
        showEarlier(m_earlier, QString());
        return;
    }
    const std::string id = answer.value("practice", std::string());
    if (m_picker) {
        for (QAbstractButton* button : m_picker->buttons())
            button->setChecked(ss(button->property("practiceId").toString()) == id);
    }
    showPractice(id);
    m_started = true;
    m_completed = answer.value("completed", false);
    showEarlier(m_earlier,
                m_completed ? tr("You did this practice earlier. You can do it again, or choose another.") : QString());
}

QWidget* PracticeCard::focusTarget() const
{
    if (m_guide)
        return m_guide->focusTarget();
    if (m_pacer)
        return m_pacer->focusTarget();
    if (m_picker && !m_picker->buttons().isEmpty())
        return m_picker->buttons().front();
    return CardWidget::focusTarget();
}

// ---- re-bonding timer ----

bool HugTimerCard::isRebonding(const content::Card& card)
{
    const QString words = (qs(card.id) + QLatin1Char(' ') + qs(card.label)).toLower();
    return words.contains(QLatin1String("hug")) || words.contains(QLatin1String("rebond")) ||
           words.contains(QLatin1String("re-bond"));
}

HugTimerCard::HugTimerCard(const content::Card& card, const CardContext& context, QWidget* parent)
    : CardWidget(card, context, parent), m_content(regulationContentFor(context))
{
    m_timer = new regulation::HugTimer(this);
    m_timer->setTexts(m_content->texts);
    m_timer->setIdeas(m_content->ideas);
    m_timer->setSeconds(card.seconds > 0 ? card.seconds : regulation::HugTimer::kDefaultSeconds);
    m_timer->setIntroVisible(false);
    content()->addWidget(m_timer);
    m_earlier = earlierLabel(this);
    content()->addWidget(m_earlier);
    connect(m_timer, &regulation::HugTimer::finished, this, [this] {
        timedPracticeEnded(tr("Time is up. Take your time coming back."));
        showEarlier(m_earlier, QString());
        Q_EMIT answerChanged();
    });
    addFooter(false);
}

engine::Answer HugTimerCard::answer() const
{
    if (m_timer->state() == regulation::HugTimer::State::Idle)
        return m_restored;
    return timeAnswer(m_timer->elapsedSeconds(), m_timer->completed());
}

void HugTimerCard::setAnswer(const engine::Answer& answer)
{
    m_restored = answer.is_object() ? answer : engine::Answer();
    showEarlier(m_earlier, earlierText(m_restored));
}

QWidget* HugTimerCard::focusTarget() const
{
    return m_timer->focusTarget();
}

} // namespace tend::ui
