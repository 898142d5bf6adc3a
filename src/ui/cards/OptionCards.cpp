#include "ui/cards/OptionCards.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/theme/RichText.h"
#include "ui/widgets/Chip.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {
namespace {

/// A click on an item's words ticks its box, as a click on a check box's own text would.
class ClickToggles : public QObject {
public:
    ClickToggles(QCheckBox* box, QObject* parent) : QObject(parent), m_box(box) {}
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::MouseButtonRelease &&
            static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton && m_box->isEnabled()) {
            m_box->toggle();
            m_box->setFocus(Qt::MouseFocusReason);
            return true;
        }
        return false;
    }

private:
    QCheckBox* m_box;
};

} // namespace

ChoiceCard::ChoiceCard(const content::Card& card, const CardContext& context, QWidget* parent)
    : CardWidget(card, context, parent)
{
    const bool multiple = card.multiple;
    auto* holder = new QWidget(this);
    holder->setObjectName(QStringLiteral("choiceOptions"));
    auto* flow = new FlowLayout(holder, 10);
    if (!multiple) {
        m_group = new QButtonGroup(this);
        m_group->setExclusive(true);
    }
    const QString question = this->question();
    for (const content::Option& option : card.options) {
        auto* chip = new Chip(qs(option.label), QStringLiteral("option-") + qs(option.id), holder);
        chip->setProperty("optionId", qs(option.id));
        chip->setAccessibleDescription(multiple ? tr("One of several you can choose. %1").arg(question)
                                                : tr("Choose one. %1").arg(question));
        flow->addWidget(chip);
        m_chips << chip;
        if (m_group)
            m_group->addButton(chip);
        connect(chip, &QPushButton::toggled, this, &CardWidget::answerChanged);
    }
    if (card.other) {
        m_otherChip = new Chip(tr("Something else"), QStringLiteral("option-other"), holder);
        m_otherChip->setAccessibleDescription(tr("Choose this to describe it in your own words."));
        flow->addWidget(m_otherChip);
        if (m_group)
            m_group->addButton(m_otherChip);
        connect(m_otherChip, &QPushButton::toggled, this, &ChoiceCard::updateOther);
    }
    content()->addWidget(holder);
    if (m_otherChip) {
        m_otherEdit = new QLineEdit(this);
        name(m_otherEdit, QStringLiteral("otherText"), tr("Something else, in your own words"),
             tr("Describe what you would choose instead."));
        m_otherEdit->setPlaceholderText(tr("In your own words…"));
        m_otherEdit->setVisible(false);
        connect(m_otherEdit, &QLineEdit::textChanged, this, &CardWidget::answerChanged);
        watchFocus(m_otherEdit);
        content()->addWidget(m_otherEdit);
    }
    addFooter(m_otherEdit != nullptr);
}

void ChoiceCard::updateOther()
{
    const bool on = m_otherChip->isChecked();
    m_otherEdit->setVisible(on);
    if (on && m_otherChip->hasFocus())
        m_otherEdit->setFocus();
    Q_EMIT answerChanged();
}

engine::Answer ChoiceCard::answer() const
{
    engine::Answer selected = engine::Answer::array();
    for (const Chip* chip : m_chips) {
        if (chip->isChecked())
            selected.push_back(ss(chip->property("optionId").toString()));
    }
    const bool other = m_otherChip && m_otherChip->isChecked();
    if (selected.empty() && !other)
        return nullptr;
    engine::Answer result{{"selected", selected}};
    if (other)
        result["other"] = ss(m_otherEdit->text());
    return result;
}

void ChoiceCard::setAnswer(const engine::Answer& answer)
{
    std::vector<std::string> selected;
    if (answer.is_object() && answer.contains("selected") && answer["selected"].is_array()) {
        for (const auto& id : answer["selected"]) {
            if (id.is_string())
                selected.push_back(id.get<std::string>());
        }
    }
    if (m_group)
        m_group->setExclusive(false);
    for (Chip* chip : m_chips) {
        const std::string id = ss(chip->property("optionId").toString());
        chip->setChecked(std::find(selected.begin(), selected.end(), id) != selected.end());
    }
    if (m_otherChip) {
        const bool other = answer.is_object() && answer.contains("other");
        m_otherChip->setChecked(other);
        m_otherEdit->setText(other && answer["other"].is_string() ? qs(answer["other"].get<std::string>()) : QString());
    }
    if (m_group)
        m_group->setExclusive(true);
}

ChecklistCard::ChecklistCard(const content::Card& card, const CardContext& context, QWidget* parent)
    : CardWidget(card, context, parent)
{
    for (const content::ChecklistItem& item : card.items) {
        // The box and its words side by side, the words wrapping: a QCheckBox's own text never wraps, and a long
        // item made the whole card wider than a narrow window.
        auto* row = new QWidget(this);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(8);
        auto* box = new QCheckBox(row);
        name(box, QStringLiteral("item-") + qs(item.id), qs(item.label), tr("Tick this if it fits for you."));
        box->setProperty("itemId", qs(item.id));
        auto* words = makeLabel(qs(item.label), "body", row);
        words->setObjectName(QStringLiteral("itemText-") + qs(item.id));
        words->setMinimumWidth(1);
        words->setBuddy(box);
        words->installEventFilter(new ClickToggles(box, words));
        rowLayout->addWidget(box, 0, Qt::AlignTop);
        rowLayout->addWidget(words, 1);
        content()->addWidget(row);
        m_boxes << box;
        connect(box, &QCheckBox::toggled, this, [this] {
            m_touched = true;
            Q_EMIT answerChanged();
        });
    }
    addFooter(false);
}

engine::Answer ChecklistCard::answer() const
{
    if (!m_touched)
        return nullptr;
    engine::Answer checked = engine::Answer::array();
    for (const QCheckBox* box : m_boxes) {
        if (box->isChecked())
            checked.push_back(ss(box->property("itemId").toString()));
    }
    return checked;
}

void ChecklistCard::setAnswer(const engine::Answer& answer)
{
    for (QCheckBox* box : m_boxes) {
        bool on = false;
        if (answer.is_array()) {
            for (const auto& id : answer)
                on = on || (id.is_string() && qs(id.get<std::string>()) == box->property("itemId").toString());
        }
        const QSignalBlocker block(box);
        box->setChecked(on);
    }
    m_touched = answer.is_array();
}

GateCard::GateCard(const content::Card& card, const CardContext& context, QWidget* parent)
    : CardWidget(card, context, parent)
{
    std::vector<PartnerInfo> choosers;
    // Only a unanimous gate in a together step asks every partner; any other gate has one answer.
    if (context.together && context.partners.size() > 1 && !card.unanimous.empty()) {
        for (const PartnerInfo& p : context.partners)
            choosers.push_back(p);
    } else {
        choosers.push_back(context.writer);
    }
    for (const content::Option& option : card.options)
        m_optionIds.push_back(option.id);
    const bool perPartner = choosers.size() > 1;
    const QString question = this->question();
    for (const PartnerInfo& who : choosers) {
        Row row{who.id, new QButtonGroup(this), {}};
        row.group->setExclusive(true);
        auto* box = new QVBoxLayout();
        box->setSpacing(8);
        if (perPartner) {
            QLabel* label = makeLabel(tr("%1 chooses").arg(who.name), "heading", this);
            label->setObjectName(QStringLiteral("gateWho-") + qs(who.id));
            box->addWidget(label);
        }
        auto* buttons = new QWidget(this);
        auto* flow = new FlowLayout(buttons, 10);
        for (const content::Option& option : card.options) {
            const QString label = qs(option.label);
            const QString objectName = perPartner ? QStringLiteral("gate-%1-%2").arg(qs(who.id), qs(option.id))
                                                  : QStringLiteral("gate-") + qs(option.id);
            auto* button = new Chip(label, objectName, buttons);
            button->setProperty("optionId", qs(option.id));
            button->setAccessibleName(perPartner ? tr("%1: %2").arg(who.name, label) : label);
            button->setAccessibleDescription(perPartner ? tr("%1's answer to: %2").arg(who.name, question)
                                                        : tr("Your answer to: %1").arg(question));
            row.group->addButton(button);
            row.buttons << button;
            flow->addWidget(button);
        }
        box->addWidget(buttons);
        content()->addLayout(box);
        connect(row.group, &QButtonGroup::buttonClicked, this, [this, perPartner] {
            updateSummary();
            Q_EMIT answerChanged();
            if (!perPartner)
                Q_EMIT advanceRequested();
        });
        m_rows << row;
    }
    if (perPartner) {
        m_summary = makeLabel(QString(), "muted", this);
        m_summary->setObjectName(QStringLiteral("gateSummary"));
        content()->addWidget(m_summary);
        updateSummary();
    }
}

bool GateCard::everyoneChose() const
{
    for (const Row& row : m_rows) {
        if (!row.group->checkedButton())
            return false;
    }
    return true;
}

QString GateCard::incompleteReason() const
{
    if (m_rows.size() < 2 || everyoneChose())
        return {};
    return tr("This question is answered by each of you. %1").arg(m_summary ? m_summary->text() : QString());
}

void GateCard::updateSummary()
{
    if (!m_summary)
        return;
    QStringList waiting;
    for (const Row& row : m_rows) {
        if (!row.group->checkedButton())
            waiting << context().partner(row.partnerId).name;
    }
    m_summary->setText(waiting.isEmpty() ? tr("Everyone has answered. Press Next when you are ready.")
                                         : tr("Waiting for: %1").arg(waiting.join(tr(" and "))));
}

engine::Answer GateCard::answer() const
{
    if (m_rows.size() == 1) {
        const QAbstractButton* checked = m_rows.front().group->checkedButton();
        return checked ? engine::Answer(ss(checked->property("optionId").toString())) : engine::Answer(nullptr);
    }
    engine::Answer result = engine::Answer::object();
    for (const Row& row : m_rows) {
        if (const QAbstractButton* checked = row.group->checkedButton())
            result[row.partnerId] = ss(checked->property("optionId").toString());
    }
    return result.empty() ? engine::Answer(nullptr) : result;
}

void GateCard::setAnswer(const engine::Answer& answer)
{
    for (Row& row : m_rows) {
        std::string chosen;
        if (answer.is_string() && m_rows.size() == 1)
            chosen = answer.get<std::string>();
        else if (answer.is_object() && answer.contains(row.partnerId) && answer[row.partnerId].is_string())
            chosen = answer[row.partnerId].get<std::string>();
        row.group->setExclusive(false);
        for (QPushButton* button : row.buttons)
            button->setChecked(!chosen.empty() && ss(button->property("optionId").toString()) == chosen);
        row.group->setExclusive(true);
    }
    updateSummary();
}

} // namespace tend::ui
