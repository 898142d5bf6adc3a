#include "ui/widgets/FocusRules.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

#include <vector>

namespace tend::ui::focus {
namespace {

constexpr const char* kNeverFirst = "tendNeverFirstFocus";
constexpr const char* kOwnsEnter = "tendOwnsEnter";
bool g_keyboard = false;

/// Shown, or about to be: a widget added to a page that is already on screen stays hidden until the next turn of the
/// event loop (its layout shows it then) unless someone hid it on purpose. Only those on purpose count as hidden.
bool showsUnder(const QWidget* widget, const QWidget* root)
{
    for (const QWidget* w = widget; w && w != root; w = w->parentWidget()) {
        if (w->isVisible())
            return true;
        if (w->isWindow() || (w->isHidden() && w->testAttribute(Qt::WA_WState_ExplicitShowHide)))
            return false;
    }
    return true;
}

} // namespace

bool willShow(const QWidget* widget)
{
    return widget && widget->window()->isVisible() && showsUnder(widget, widget->window());
}

void markNeverFirst(QWidget* widget)
{
    if (widget)
        widget->setProperty(kNeverFirst, true);
}

bool isNeverFirst(const QWidget* widget)
{
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (w->property(kNeverFirst).toBool())
            return true;
        if (w->isWindow())
            break;
    }
    return false;
}

void markOwnsEnter(QWidget* widget)
{
    if (widget)
        widget->setProperty(kOwnsEnter, true);
}

bool ownsEnter(const QWidget* widget)
{
    return widget && widget->property(kOwnsEnter).toBool();
}

QWidget* firstIn(const QWidget* root)
{
    if (!root)
        return nullptr;
    // Walk the window's Tab chain from `root`, so the answer follows reading order, not creation order.
    QWidget* w = const_cast<QWidget*>(root);
    for (int guard = 0; guard < 5000; ++guard) {
        w = w->nextInFocusChain();
        if (!w || w == root)
            break;
        if (!root->isAncestorOf(w))
            continue;
        if ((w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && showsUnder(w, root) && w->isEnabled() &&
            !isNeverFirst(w))
            return w;
    }
    return nullptr;
}

QWidget* give(QWidget* target, QWidget* fallback)
{
    for (QWidget* candidate : {target, fallback}) {
        if (!candidate || isNeverFirst(candidate) || !candidate->isEnabled() || !candidate->window()->isVisible() ||
            !showsUnder(candidate, candidate->window()))
            continue;
        // A widget just added to a shown page is only shown on the next turn of the event loop, and Qt does not
        // keep focus for it: show it (and its new parents) now, so focus lands in the new page at once and never
        // falls through to the header meanwhile.
        std::vector<QWidget*> pending;
        for (QWidget* w = candidate; w && !w->isVisible() && !w->isWindow(); w = w->parentWidget())
            pending.push_back(w);
        for (auto it = pending.rbegin(); it != pending.rend(); ++it)
            (*it)->show();
        candidate->setFocus(Qt::OtherFocusReason);
        return candidate;
    }
    return nullptr;
}

bool lastInputWasKeyboard()
{
    return g_keyboard;
}

void noteInput(bool keyboard)
{
    g_keyboard = keyboard;
}

void askBeforeEndingByKeyboard(QAbstractButton* button, const QString& question, const QString& yes,
                               std::function<void()> action, std::function<bool()> when)
{
    QObject::connect(button, &QAbstractButton::clicked, button, [button, question, yes, action, when] {
        if (!lastInputWasKeyboard() || !button->hasFocus() || (when && !when())) {
            action();
            return;
        }
        // Reached by Tab and pressed with Space or Enter: one calm question, in case it was a slip.
        auto* ask = new QMessageBox(QMessageBox::Question, QObject::tr("Tend"), question, QMessageBox::NoButton,
                                    button->window());
        ask->setObjectName(QStringLiteral("confirmEnding"));
        ask->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton* stop = ask->addButton(yes, QMessageBox::AcceptRole);
        stop->setObjectName(QStringLiteral("confirmEndingYes"));
        QPushButton* stay = ask->addButton(QObject::tr("Keep going"), QMessageBox::RejectRole);
        stay->setObjectName(QStringLiteral("confirmEndingNo"));
        ask->setDefaultButton(stay);
        ask->setEscapeButton(stay);
        QPointer<QAbstractButton> guard(button);
        QObject::connect(ask, &QMessageBox::finished, button, [ask, stop, guard, action] {
            if (guard && ask->clickedButton() == stop)
                action();
        });
        ask->open();
    });
}

} // namespace tend::ui::focus
