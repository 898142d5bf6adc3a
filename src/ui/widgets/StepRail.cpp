#include "ui/widgets/StepRail.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include "ui/theme/Icons.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {
namespace {

/// Keeps a wrapped label as tall as its words need at the width it was given: the rail's nested layouts size
/// rows from the labels' one-line hints, so without it the second and third lines were cut off.
class KeepWrappedHeight : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::FontChange) {
            auto* label = static_cast<QLabel*>(watched);
            const int needed = label->heightForWidth(label->width());
            if (needed > 0 && label->minimumHeight() != needed)
                label->setMinimumHeight(needed);
        }
        return false;
    }
};

/// Lets a wrapped label be as narrow as the rail: its own minimum (sixteen average characters) is wider than the
/// rail at the largest text, and a layout that honours it lays the text out for a width it does not get, so the
/// wrapped lines were cut off.
QLabel* narrow(QLabel* label)
{
    static KeepWrappedHeight* keeper = new KeepWrappedHeight(qApp);
    label->setMinimumWidth(1);
    if (label->wordWrap())
        label->installEventFilter(keeper);
    return label;
}

} // namespace

StepRail::StepRail(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stepRail"));
    setAccessibleName(tr("Steps of this repair"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // At the largest text on a short screen (presenter mode) the steps can be taller than the window: they scroll
    // rather than squeeze their labels.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("stepRailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->viewport()->setAutoFillBackground(false);
    outer->addWidget(scroll);
    m_content = new QWidget(scroll);
    m_content->setObjectName(QStringLiteral("stepRailContent"));
    auto* column = new QVBoxLayout(m_content);
    column->setContentsMargins(16, 24, 12, 16);
    column->setSpacing(6);
    m_heading = narrow(makeLabel(tr("FIVE STEPS"), "eyebrow", m_content));
    m_heading->setObjectName(QStringLiteral("stepRailHeading"));
    column->addWidget(m_heading);
    m_rows = new QVBoxLayout();
    m_rows->setSpacing(4);
    column->addLayout(m_rows);
    column->addStretch(1);
    scroll->setWidget(m_content);
    m_content->setAutoFillBackground(false); // the rail's own surface shows through (setWidget turned it on)
    setFixedWidth(264);
}

QStringList StepRail::rowTexts() const
{
    return m_texts;
}

void StepRail::setSteps(const std::vector<RailStep>& steps)
{
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_texts.clear();
    // The repair's five steps by name; a practice with fewer steps is not counted as five.
    m_heading->setText(steps.size() == 5 ? tr("FIVE STEPS") : tr("STEPS"));
    int number = 1;
    for (const RailStep& step : steps) {
        const bool current = step.state == RailStep::State::Current;
        QFrame* row = makeFrame(current ? "soft" : "plain", m_content, QStringLiteral("railStep%1").arg(number));
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(10, 8, 10, 8);
        layout->setSpacing(10);
        auto* mark = new QLabel(row);
        const char* icon = step.state == RailStep::State::Done                    ? "check"
                           : current || step.state == RailStep::State::InProgress ? "dot"
                                                                                  : "ring";
        mark->setPixmap(icons::tinted(QString::fromLatin1(icon), step.state == RailStep::State::Ahead
                                                                     ? QPalette::PlaceholderText
                                                                     : QPalette::Highlight)
                            .pixmap(18, 18));
        mark->setFixedWidth(20);
        layout->addWidget(mark, 0, Qt::AlignTop);
        auto* words = new QVBoxLayout();
        words->setSpacing(1);
        const QString state = !step.locked.isEmpty()                      ? step.locked
                              : step.state == RailStep::State::Done       ? tr("done")
                              : current                                   ? tr("you are here")
                              : step.state == RailStep::State::InProgress ? tr("in progress")
                                                                          : tr("not started");
        QLabel* title =
            makeLabel(QStringLiteral("%1. %2").arg(number).arg(step.title), current ? "heading" : "body", row);
        if (step.state == RailStep::State::Ahead)
            setRole(title, "muted");
        words->addWidget(narrow(title));
        QString detail = state;
        if (!step.who.isEmpty())
            detail += QStringLiteral(" · ") + step.who;
        words->addWidget(narrow(makeLabel(detail, "small", row)));
        if (!step.partners.isEmpty())
            words->addWidget(narrow(makeLabel(step.partners, "small", row)));
        layout->addLayout(words, 1);
        m_rows->addWidget(row);
        const QString text =
            QStringLiteral("%1. %2: %3%4")
                .arg(number)
                .arg(step.title, detail,
                     step.partners.isEmpty() ? QString() : QStringLiteral(" (") + step.partners + QLatin1Char(')'));
        row->setAccessibleName(text);
        m_texts << text;
        ++number;
    }
}

} // namespace tend::ui
