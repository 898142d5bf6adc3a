#include "ui/widgets/PartnerFields.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/theme/Theme.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

PartnerFields::PartnerFields(const QString& label, const QString& objectPrefix, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    QLabel* caption = makeLabel(label, "body", this);
    layout->addWidget(caption);
    m_name = new QLineEdit(this);
    tend::ui::name(m_name, objectPrefix + QStringLiteral("Name"), label,
                   tr("The name Tend uses on screen. Only first names or nicknames are needed."));
    m_name->setMaxLength(40);
    m_name->setPlaceholderText(tr("A first name or nickname"));
    caption->setBuddy(m_name);
    layout->addWidget(m_name);

    auto* row = new QHBoxLayout();
    row->setSpacing(8);
    QLabel* colourLabel = makeLabel(tr("Colour (optional):"), "muted", this);
    colourLabel->setWordWrap(false);
    row->addWidget(colourLabel);
    m_swatches = new QButtonGroup(this);
    m_swatches->setExclusive(true);
    for (const QString& id : Theme::partnerColorIds()) {
        auto* swatch = new QPushButton(this);
        swatch->setCheckable(true);
        swatch->setProperty("kind", QStringLiteral("swatch"));
        swatch->setProperty("colourId", id);
        swatch->setCursor(Qt::PointingHandCursor);
        swatch->setAutoDefault(false);
        tend::ui::name(
            swatch, objectPrefix + QStringLiteral("Colour-") + id, Theme::partnerColorName(id),
            tr("Use %1 as this person's colour. Names are always shown too.").arg(Theme::partnerColorName(id)));
        swatch->setToolTip(Theme::partnerColorName(id));
        m_swatches->addButton(swatch);
        m_buttons << swatch;
        row->addWidget(swatch);
    }
    row->addStretch(1);
    layout->addLayout(row);
    refreshSwatches();
    connect(m_name, &QLineEdit::textChanged, this, &PartnerFields::changed);
    connect(m_swatches, &QButtonGroup::buttonToggled, this, [this] {
        refreshSwatches();
        Q_EMIT changed();
    });
    if (Theme* theme = Theme::instance())
        connect(theme, &Theme::changed, this, &PartnerFields::refreshSwatches);
}

void PartnerFields::refreshSwatches()
{
    for (QPushButton* swatch : m_buttons) {
        const QColor colour = Theme::instance()
                                  ? Theme::instance()->partnerColor(swatch->property("colourId").toString())
                                  : QColor(Qt::gray);
        swatch->setProperty("swatchColour", colour); // TendStyle fills the swatch with it
        swatch->setText(swatch->isChecked() ? QStringLiteral("✓") : QString());
        swatch->update();
    }
}

QString PartnerFields::name() const
{
    return m_name->text().trimmed();
}
void PartnerFields::setName(const QString& text)
{
    m_name->setText(text);
}

QString PartnerFields::colour() const
{
    const QAbstractButton* checked = m_swatches->checkedButton();
    return checked ? checked->property("colourId").toString() : QString();
}

void PartnerFields::setColour(const QString& colour)
{
    for (QPushButton* swatch : m_buttons) {
        if (swatch->property("colourId").toString() == colour)
            swatch->setChecked(true);
    }
    refreshSwatches();
}

} // namespace tend::ui
