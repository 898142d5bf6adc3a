#include "ui/app/WindowPlacement.h"

#include <algorithm>

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include "ui/app/Settings.h"

namespace tend::ui::placement {
namespace {

// Settings::windowPlacement() maps each screen's key to [geometry, maximised], and this entry to the last screen.
const QString kLastScreen = QStringLiteral("lastScreen");

QScreen* screenNamed(const QString& key)
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    const auto found = std::find_if(screens.begin(), screens.end(), [&](QScreen* s) { return screenKey(*s) == key; });
    return found != screens.end() ? *found : nullptr;
}

} // namespace

QRect clampedTo(const QRect& saved, const QRect& available)
{
    if (available.isEmpty())
        return saved;
    QRect rect(saved.topLeft(), saved.size().boundedTo(available.size()));
    rect.moveLeft(std::clamp(rect.left(), available.left(), available.right() - rect.width() + 1));
    rect.moveTop(std::clamp(rect.top(), available.top(), available.bottom() - rect.height() + 1));
    return rect;
}

QString screenKey(const QScreen& screen)
{
    QString name = screen.name();
    // Settings keys use '/' for groups; a screen name must not open one.
    for (QChar& c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    const QSize size = screen.geometry().size();
    return QStringLiteral("%1_%2x%3")
        .arg(name.isEmpty() ? QStringLiteral("screen") : name)
        .arg(size.width())
        .arg(size.height());
}

bool restore(QWidget& window, const Settings& settings)
{
    const QVariantMap placement = settings.windowPlacement();
    QScreen* screen = screenNamed(placement.value(kLastScreen).toString());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return false;
    const QVariantList saved = placement.value(screenKey(*screen)).toList();
    if (saved.size() != 2 || !saved.at(0).toRect().isValid())
        return false;
    window.setGeometry(clampedTo(saved.at(0).toRect(), screen->availableGeometry()));
    if (saved.at(1).toBool())
        window.setWindowState(window.windowState() | Qt::WindowMaximized);
    return true;
}

void save(const QWidget& window, Settings& settings)
{
    QScreen* screen = window.screen();
    if (!screen)
        return;
    const QString key = screenKey(*screen);
    // The normal geometry, so a maximised window comes back maximised and un-maximises to where it was.
    const QRect normal = window.isMaximized() || window.isFullScreen() ? window.normalGeometry() : window.geometry();
    QVariantMap placement = settings.windowPlacement();
    placement.insert(key, QVariantList{normal, window.isMaximized()});
    placement.insert(kLastScreen, key);
    settings.setWindowPlacement(placement);
}

} // namespace tend::ui::placement
