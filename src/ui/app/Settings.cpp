#include "ui/app/Settings.h"

#include <QFile>
#include <QSettings>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tend::ui {

Settings::Settings(const QString& filePath, QObject* parent) : QObject(parent), m_filePath(filePath)
{
    if (!m_filePath.isEmpty()) {
        // Owner-only from the start, whatever the umask: QSettings keeps an existing file's permissions when it
        // rewrites it, so an empty file made 0600 here stays 0600. (It names partners and a safety status.)
        const QByteArray native = QFile::encodeName(m_filePath);
        const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd >= 0)
            ::close(fd);
        m_store = new QSettings(m_filePath, QSettings::IniFormat);
    }
}

Settings::~Settings()
{
    sync();
    delete m_store;
}

QString Settings::keyName(Key key)
{
    switch (key) {
    case Key::Theme:
        return QStringLiteral("appearance/theme");
    case Key::TextSize:
        return QStringLiteral("appearance/textSize");
    case Key::ReducedMotion:
        return QStringLiteral("appearance/reducedMotion");
    case Key::Country:
        return QStringLiteral("help/country");
    case Key::SetupComplete:
        return QStringLiteral("app/setupComplete");
    case Key::WindowPlacement:
        return QStringLiteral("window/placement");
    case Key::LastView:
        return QStringLiteral("window/lastView");
    case Key::CoachEnabled:
        return QStringLiteral("writing/coach");
    case Key::AutoLockMinutes:
        return QStringLiteral("privacy/autoLockMinutes");
    case Key::TimerSound:
        return QStringLiteral("practice/timerSound");
    case Key::Language:
        return QStringLiteral("appearance/language");
    }
    return {};
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::Theme:
        return QStringLiteral("system");
    case Key::TextSize:
        return QStringLiteral("normal");
    case Key::ReducedMotion:
    case Key::SetupComplete:
        return false;
    case Key::CoachEnabled:
    case Key::TimerSound:
        return true;
    case Key::AutoLockMinutes:
        return 5;
    case Key::Country:
    case Key::LastView:
        return QString();
    case Key::WindowPlacement:
        return QVariantMap();
    case Key::Language:
        return QStringLiteral("system");
    }
    return {};
}

QVariant Settings::rawValue(const QString& name, const QVariant& fallback) const
{
    if (m_store)
        return m_store->value(name, fallback);
    return m_memory.value(name, fallback);
}

void Settings::setRawValue(const QString& name, const QVariant& value)
{
    if (m_store)
        m_store->setValue(name, value);
    else
        m_memory.insert(name, value);
}

QVariant Settings::value(Key key) const
{
    return rawValue(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& newValue)
{
    if (value(key) == newValue)
        return;
    setRawValue(keyName(key), newValue);
    Q_EMIT changed(key);
}

QString Settings::partnerColour(const QString& partnerId) const
{
    return rawValue(QStringLiteral("partners/%1/colour").arg(partnerId), QString()).toString();
}

void Settings::setPartnerColour(const QString& partnerId, const QString& colour)
{
    setRawValue(QStringLiteral("partners/%1/colour").arg(partnerId), colour);
}

bool Settings::sync()
{
    if (!m_store)
        return true;
    m_store->sync();
    if (m_store->status() != QSettings::NoError) {
        m_lastError = tr("Your preferences could not be saved to %1.").arg(m_filePath);
        return false;
    }
    // Owner-only, like everything else in the data folder.
    if (QFile::exists(m_filePath))
        QFile::setPermissions(m_filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_lastError.clear();
    return true;
}

ThemeMode Settings::theme() const
{
    const QString name = value(Key::Theme).toString();
    if (name == QLatin1String("light"))
        return ThemeMode::Light;
    if (name == QLatin1String("dark"))
        return ThemeMode::Dark;
    return ThemeMode::System;
}

void Settings::setTheme(ThemeMode mode)
{
    const char* name = mode == ThemeMode::Light ? "light" : mode == ThemeMode::Dark ? "dark" : "system";
    setValue(Key::Theme, QString::fromLatin1(name));
}

TextSize Settings::textSize() const
{
    const QString name = value(Key::TextSize).toString();
    if (name == QLatin1String("smaller"))
        return TextSize::Smaller;
    if (name == QLatin1String("larger"))
        return TextSize::Larger;
    if (name == QLatin1String("largest"))
        return TextSize::Largest;
    return TextSize::Normal;
}

void Settings::setTextSize(TextSize size)
{
    const char* name = "normal";
    switch (size) {
    case TextSize::Smaller:
        name = "smaller";
        break;
    case TextSize::Normal:
        break;
    case TextSize::Larger:
        name = "larger";
        break;
    case TextSize::Largest:
        name = "largest";
        break;
    }
    setValue(Key::TextSize, QString::fromLatin1(name));
}

double Settings::textScale() const
{
    switch (textSize()) {
    case TextSize::Smaller:
        return 0.9;
    case TextSize::Normal:
        return 1.0;
    case TextSize::Larger:
        return 1.15;
    case TextSize::Largest:
        return 1.3;
    }
    return 1.0;
}

bool Settings::reducedMotion() const
{
    return value(Key::ReducedMotion).toBool();
}
void Settings::setReducedMotion(bool on)
{
    setValue(Key::ReducedMotion, on);
}
QString Settings::language() const
{
    return value(Key::Language).toString();
}

void Settings::setLanguage(const QString& code)
{
    setValue(Key::Language, code);
}

QString Settings::country() const
{
    return value(Key::Country).toString();
}
void Settings::setCountry(const QString& code)
{
    setValue(Key::Country, code);
}
bool Settings::setupComplete() const
{
    return value(Key::SetupComplete).toBool();
}
void Settings::setSetupComplete(bool done)
{
    setValue(Key::SetupComplete, done);
}
QVariantMap Settings::windowPlacement() const
{
    return value(Key::WindowPlacement).toMap();
}
void Settings::setWindowPlacement(const QVariantMap& placement)
{
    setValue(Key::WindowPlacement, placement);
}
QString Settings::lastView() const
{
    return value(Key::LastView).toString();
}
void Settings::setLastView(const QString& view)
{
    setValue(Key::LastView, view);
}
bool Settings::coachEnabled() const
{
    return value(Key::CoachEnabled).toBool();
}
void Settings::setCoachEnabled(bool on)
{
    setValue(Key::CoachEnabled, on);
}

bool Settings::timerSound() const
{
    return value(Key::TimerSound).toBool();
}
void Settings::setTimerSound(bool on)
{
    setValue(Key::TimerSound, on);
}

int Settings::autoLockMinutes() const
{
    return value(Key::AutoLockMinutes).toInt();
}
void Settings::setAutoLockMinutes(int minutes)
{
    setValue(Key::AutoLockMinutes, minutes);
}

} // namespace tend::ui
