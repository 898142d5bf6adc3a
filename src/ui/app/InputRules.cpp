#include "ui/app/InputRules.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QKeyEvent>
#include <QMainWindow>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QWheelEvent>

#include "ui/widgets/FocusRules.h"

namespace tend::ui {
namespace {

QAbstractScrollArea* enclosingScrollArea(QWidget* widget)
{
    for (QWidget* w = widget ? widget->parentWidget() : nullptr; w; w = w->parentWidget()) {
        if (auto* area = qobject_cast<QAbstractScrollArea*>(w))
            return area;
    }
    return nullptr;
}

class InputRules : public QObject {
    static inline const QKeyEvent* s_enterEvent = nullptr;
    static inline QPointer<QWidget> s_enterFrom;

public:
    explicit InputRules(QObject* parent) : QObject(parent)
    {
        connect(qApp, &QApplication::focusChanged, this, [](QWidget*, QWidget* now) { scrollIntoView(now); });
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::ShortcutOverride:
            focus::noteInput(true);
            break;
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
            focus::noteInput(false);
            break;
        default:
            break;
        }
        if (event->type() == QEvent::KeyPress)
            return enterPressesDefault(watched, static_cast<QKeyEvent*>(event));
        if (event->type() == QEvent::Polish) {
            // A wheel must never hand focus (and so the next wheel turn) to a value control.
            if (auto* w = qobject_cast<QWidget*>(watched); w && isWheelGuarded(w) && w->focusPolicy() == Qt::WheelFocus)
                w->setFocusPolicy(Qt::StrongFocus);
            return false;
        }
        if (event->type() != QEvent::Wheel)
            return false;
        auto* w = qobject_cast<QWidget*>(watched);
        if (!w || !isWheelGuarded(w) || w->hasFocus() || (w->focusProxy() && w->focusProxy()->hasFocus()))
            return false;
        // Not focused: the page scrolls instead, and the control's value stays as the person left it.
        if (QAbstractScrollArea* area = enclosingScrollArea(w)) {
            auto* wheel = static_cast<QWheelEvent*>(event);
            QWidget* viewport = area->viewport();
            QWheelEvent forwarded(viewport->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                                  wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(), wheel->modifiers(),
                                  wheel->phase(), wheel->inverted());
            QCoreApplication::sendEvent(area->verticalScrollBar(), &forwarded);
        }
        event->accept();
        return true;
    }

private:
    // Enter that nothing on the way up took (a focused button, a line edit, a slider) reaches the window: it presses
    // the focused button, or else the screen's one primary button nearest to the focus.
    static bool enterPressesDefault(QObject* watched, QKeyEvent* key)
    {
        if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) ||
            (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
            return false;
        auto* window = qobject_cast<QMainWindow*>(watched);
        if (!window) {
            // Remember where this Enter started: by the time it reaches the window, the widget that ignored it may
            // have moved focus (a list that jumps to a card), and the new focus must not get it too.
            if (s_enterEvent != key) {
                s_enterEvent = key;
                s_enterFrom = qobject_cast<QWidget*>(watched);
            }
            return false;
        }
        QWidget* focused = s_enterEvent == key && s_enterFrom ? s_enterFrom.data() : QApplication::focusWidget();
        s_enterEvent = nullptr;
        // Lists act on Enter themselves (activated), as do fields marked so.
        if (!focused || focused->window() != window || focus::ownsEnter(focused) ||
            qobject_cast<QAbstractItemView*>(focused))
            return false;
        if (auto* button = qobject_cast<QAbstractButton*>(focused)) {
            if (!button->isEnabled())
                return false;
            key->accept();
            button->click();
            return true;
        }
        for (QWidget* scope = focused->parentWidget(); scope; scope = scope->parentWidget()) {
            const auto buttons = scope->findChildren<QPushButton*>();
            for (QPushButton* b : buttons) {
                if (b->property("kind").toString() == QLatin1String("primary") && b->isVisible() && b->isEnabled() &&
                    !focus::isNeverFirst(b)) {
                    key->accept();
                    b->click();
                    return true;
                }
            }
            if (scope == window)
                break;
        }
        return false;
    }

    static void scrollIntoView(QWidget* focused)
    {
        if (!focused || focused->isWindow())
            return;
        for (QWidget* w = focused->parentWidget(); w; w = w->parentWidget()) {
            auto* area = qobject_cast<QScrollArea*>(w);
            if (area && area->widget() && area->widget()->isAncestorOf(focused)) {
                area->ensureWidgetVisible(focused, 16, 24);
                return;
            }
        }
    }
};

} // namespace

bool isWheelGuarded(const QWidget* widget)
{
    // Scroll bars are sliders too, but the wheel is what they are for.
    if (qobject_cast<const QScrollBar*>(widget))
        return false;
    return qobject_cast<const QAbstractSlider*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QComboBox*>(widget);
}

void installInputRules()
{
    static InputRules* rules = nullptr;
    if (rules || !qApp)
        return;
    rules = new InputRules(qApp);
    qApp->installEventFilter(rules);
}

} // namespace tend::ui
