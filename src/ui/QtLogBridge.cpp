#include "ui/QtLogBridge.h"

#include <QString>
#include <QtGlobal>

#include "tend/common/Log.h"

namespace tend::ui {
namespace {

void forwardQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static auto logger = tend::log::get("qt");
    const std::string text = message.toStdString();
    const char* category = context.category ? context.category : "default";
    switch (type) {
    case QtDebugMsg:
        logger->debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        logger->info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        // Platforms without window-manager hints (offscreen, some Wayland compositors) say so on every window;
        // it is not a problem worth a warning on a person's terminal.
        if (message == QLatin1String("This plugin does not support propagateSizeHints()"))
            logger->debug("[{}] {}", category, text);
        else
            logger->warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        logger->error("[{}] {}", category, text);
        break;
    }
}

} // namespace

void installQtMessageBridge()
{
    qInstallMessageHandler(forwardQtMessage);
}

} // namespace tend::ui
