#include "ui/regulation/RegulationControls.h"

#include <QLabel>
#include <QPalette>
#include <QPushButton>

namespace tend::ui::regulation {

QPushButton* makeControl(QWidget* parent, const QString& objectName, const QString& text, const QString& accessibleName)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    if (!accessibleName.isEmpty())
        button->setAccessibleName(accessibleName);
    return button;
}

QPushButton* makeStartPause(QWidget* parent, const QString& objectName)
{
    QPushButton* button = makeControl(parent, objectName);
    button->setDefault(true);
    return button;
}

void showRunState(QPushButton* button, RunState state, const StartPauseWords& words)
{
    switch (state) {
    case RunState::Idle:
        button->setText(words.start);
        button->setAccessibleName(words.startName);
        break;
    case RunState::Running:
        button->setText(words.pause);
        button->setAccessibleName(words.pauseName);
        break;
    case RunState::Paused:
        button->setText(words.resume);
        button->setAccessibleName(words.resumeName);
        break;
    case RunState::Finished:
        button->setText(words.again);
        button->setAccessibleName(words.againName);
        break;
    }
}

QLabel* makeText(QWidget* parent, const QString& objectName, const QString& accessibleName, Qt::Alignment alignment,
                 bool wrap)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setAlignment(alignment);
    label->setWordWrap(wrap);
    return label;
}

QFont scaledFont(const QFont& base, double factor, QFont::Weight weight)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(static_cast<int>(font.pixelSize() * factor));
    font.setWeight(weight);
    return font;
}

void muteText(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
}

} // namespace tend::ui::regulation
