#include "ui/FirstFrameProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace tend::ui {

FirstFrameProbe::FirstFrameProbe(QWidget* window) : QObject(window)
{
    window->installEventFilter(this);
}

bool FirstFrameProbe::requested()
{
    return qEnvironmentVariableIntValue("TEND_EXIT_AFTER_FIRST_FRAME") == 1;
}

bool FirstFrameProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_fired && event->type() == QEvent::Paint) {
        m_fired = true;
        // Queued, so the quit runs after this paint has finished and been flushed.
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tend::ui
