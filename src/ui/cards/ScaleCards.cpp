#include "ui/cards/ScaleCards.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

#include "tend/regulation/CheckIn.h"
#include "tend/regulation/RegulationLibrary.h"
#include "ui/cards/RegulationCards.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/Chip.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

ScaleInput::ScaleInput(int min, int max, const QString& lowLabel, const QString& highLabel,
                       const QString& accessibleName, QWidget* parent)
    : QWidget(parent), m_low(lowLabel), m_high(highLabel)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_readout = makeLabel(QString(), "heading", this);
    m_readout->setObjectName(QStringLiteral("scaleReadout"));
    layout->addWidget(m_readout);

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(min, max);
    m_slider->setValue((min + max) / 2);
    m_slider->setPageStep(2);
    m_slider->setCursor(Qt::PointingHandCursor);
    name(m_slider, QStringLiteral("scaleSlider"), accessibleName,
         tr("%1 is %2, %3 is %4. Use the arrow keys to move.")
             .arg(min)
             .arg(lowLabel.isEmpty() ? tr("the least") : lowLabel)
             .arg(max)
             .arg(highLabel.isEmpty() ? tr("the most") : highLabel));
    layout->addWidget(m_slider);

    // The numbers under the slider, spread to line up with its positions.
    auto* numbers = new QHBoxLayout();
    numbers->setContentsMargins(12, 0, 12, 0);
    for (int v = min; v <= max; ++v) {
        QLabel* n = makeLabel(QString::number(v), "small", this);
        n->setWordWrap(false);
        n->setAlignment(v == min ? Qt::AlignLeft : v == max ? Qt::AlignRight : Qt::AlignHCenter);
        numbers->addWidget(n, 1);
    }
    layout->addLayout(numbers);

    auto* ends = new QHBoxLayout();
    QLabel* low = makeLabel(lowLabel, "muted", this);
    low->setObjectName(QStringLiteral("scaleLowLabel"));
    QLabel* high = makeLabel(highLabel, "muted", this);
    high->setObjectName(QStringLiteral("scaleHighLabel"));
    high->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    ends->addWidget(low, 1);
    ends->addWidget(high, 1);
    layout->addLayout(ends);

    connect(m_slider, &QSlider::valueChanged, this, [this] {
        m_answered = true;
        updateReadout();
        Q_EMIT changed();
    });
    // A click or key on the handle at its resting place still counts as an answer.
    connect(m_slider, &QSlider::sliderPressed, this, [this] {
        if (!m_answered) {
            m_answered = true;
            updateReadout();
            Q_EMIT changed();
        }
    });
    updateReadout();
}

int ScaleInput::value() const
{
    return m_slider->value();
}

void ScaleInput::setValue(int value)
{
    const QSignalBlocker block(m_slider);
    m_slider->setValue(value);
    m_answered = true;
    updateReadout();
}

void ScaleInput::clear()
{
    const QSignalBlocker block(m_slider);
    m_slider->setValue((m_slider->minimum() + m_slider->maximum()) / 2);
    m_answered = false;
    updateReadout();
}

void ScaleInput::updateReadout()
{
    if (!m_answered) {
        m_readout->setText(tr("Not answered yet"));
        setRole(m_readout, "muted");
    } else {
        const int v = m_slider->value();
        QString words;
        if (v == m_slider->minimum() && !m_low.isEmpty())
            words = QStringLiteral(" — ") + m_low;
        else if (v == m_slider->maximum() && !m_high.isEmpty())
            words = QStringLiteral(" — ") + m_high;
        m_readout->setText(tr("%1 of %2").arg(v).arg(m_slider->maximum()) + words);
        setRole(m_readout, "heading");
    }
}

ScaleCard::ScaleCard(const content::Card& card, const CardContext& context, QWidget* parent)
    : CardWidget(card, context, parent)
{
    m_scale = new ScaleInput(card.min, card.max, qs(card.lowLabel), qs(card.highLabel), question(), this);
    content()->addWidget(m_scale);
    connect(m_scale, &ScaleInput::changed, this, &CardWidget::answerChanged);
    addFooter(false);
}

engine::Answer ScaleCard::answer() const
{
    return m_scale->answered() ? engine::Answer(m_scale->value()) : nullptr;
}

void ScaleCard::setAnswer(const engine::Answer& answer)
{
    if (answer.is_number_integer())
        m_scale->setValue(answer.get<int>());
    else
        m_scale->clear();
}

CheckinCard::CheckinCard(const content::Card& card, const CardContext& context, QWidget* parent)
    : CardWidget(card, context, parent)
{
    m_scale = new ScaleInput(0, 10, tr("calm, settled"), tr("overwhelmed"),
                             tr("How stirred up do you feel, from 0 to 10?"), this);
    content()->addWidget(makeLabel(tr("How stirred up do you feel right now?"), "body", this));
    content()->addWidget(m_scale);
    connect(m_scale, &ScaleInput::changed, this, &CardWidget::answerChanged);

    content()->addWidget(makeLabel(tr("Which is closer to how your body feels?"), "body", this));
    auto* states = new QWidget(this);
    auto* stateFlow = new FlowLayout(states, 10);
    m_states = new QButtonGroup(this);
    struct State {
        const char* id;
        QString label;
        QString description;
        const char* icon;
    };
    const State options[] = {
        {"racing", tr("Racing"), tr("Heart fast, hot, tense, restless — revved up."), "racing"},
        {"shut-down", tr("Shut down"), tr("Heavy, numb, far away, hard to move or speak."), "shutdown"},
        {"steady", tr("Steady"), tr("Settled enough to think and listen."), "steady"},
    };
    for (const State& s : options) {
        auto* chip =
            new Chip(s.label, QStringLiteral("state-") + QLatin1String(s.id), states, QString::fromLatin1(s.icon));
        chip->setProperty("stateId", QString::fromLatin1(s.id));
        chip->setAccessibleDescription(s.description);
        chip->setToolTip(s.description);
        m_states->addButton(chip);
        stateFlow->addWidget(chip);
    }
    connect(m_states, &QButtonGroup::buttonToggled, this, &CardWidget::answerChanged);
    content()->addWidget(states);

    if (!card.emotions.empty()) {
        content()->addWidget(makeLabel(tr("Any of these words fit? Choose as many as you like."), "body", this));
        auto* words = new QWidget(this);
        auto* flow = new FlowLayout(words, 8);
        for (const std::string& word : card.emotions) {
            const QString w = qs(word);
            auto* chip = new Chip(w, QStringLiteral("emotion-") + w, words);
            chip->setAccessibleDescription(tr("A feeling word; choose it if it fits."));
            flow->addWidget(chip);
            m_emotions << chip;
            connect(chip, &QPushButton::toggled, this, &CardWidget::answerChanged);
        }
        content()->addWidget(words);
    }
    // After practising: how the level moved since the "before" check-in, in kind words.
    m_change = makeLabel(QString(), "note", this);
    m_change->setObjectName(QStringLiteral("checkinChange"));
    m_change->setVisible(false);
    content()->addWidget(m_change);
    m_content = regulationContentFor(context);
    connect(this, &CardWidget::answerChanged, this, &CheckinCard::showChange);
    addFooter(false);
}

QString CheckinCard::changeText() const
{
    return m_change->isVisible() ? m_change->text() : QString();
}

void CheckinCard::showChange()
{
    const engine::Answer& before = context().earlierCheckin;
    const engine::Answer after = answer();
    const bool afterPhase = card().phase == content::CheckinPhase::After;
    if (!afterPhase || !before.is_object() || !before.contains("level") || !before["level"].is_number_integer() ||
        !after.is_object() || !after.contains("level")) {
        m_change->setVisible(false);
        return;
    }
    auto toCheckIn = [](const engine::Answer& answer) {
        tend::regulation::CheckIn checkIn;
        checkIn.level = answer.value("level", 0);
        // No body state chosen stays unknown: "your body feels steadier" only when the person said so.
        checkIn.state = tend::regulation::parseBodyState(answer.value("state", std::string()));
        return checkIn;
    };
    m_change->setText(qs(tend::regulation::changeSentence(toCheckIn(before), toCheckIn(after), m_content->texts)));
    m_change->setVisible(true);
}

engine::Answer CheckinCard::answer() const
{
    engine::Answer result = engine::Answer::object();
    if (m_scale->answered())
        result["level"] = m_scale->value();
    if (const QAbstractButton* state = m_states->checkedButton())
        result["state"] = ss(state->property("stateId").toString());
    engine::Answer words = engine::Answer::array();
    for (const Chip* chip : m_emotions) {
        if (chip->isChecked())
            words.push_back(ss(chip->text()));
    }
    if (!words.empty())
        result["emotions"] = words;
    return result.empty() ? engine::Answer(nullptr) : result;
}

void CheckinCard::setAnswer(const engine::Answer& answer)
{
    const QSignalBlocker block(this);
    if (answer.is_object() && answer.contains("level") && answer["level"].is_number_integer())
        m_scale->setValue(answer["level"].get<int>());
    else
        m_scale->clear();
    const std::string state = answer.is_object() ? answer.value("state", std::string()) : std::string();
    m_states->setExclusive(false);
    for (QAbstractButton* button : m_states->buttons())
        button->setChecked(ss(button->property("stateId").toString()) == state);
    m_states->setExclusive(true);
    const engine::Answer words = answer.is_object() && answer.contains("emotions") && answer["emotions"].is_array()
                                     ? answer["emotions"]
                                     : engine::Answer::array();
    for (Chip* chip : m_emotions) {
        bool on = false;
        for (std::size_t i = 0; i < words.size(); ++i)
            on = on || (words[i].is_string() && qs(words[i].get<std::string>()) == chip->text());
        chip->setChecked(on);
    }
    showChange();
}

} // namespace tend::ui
