#pragma once

#include <QObject>
#include <QString>
#include <QVariant>
#include <QVariantMap>

class QSettings;

namespace tend::ui {

enum class ThemeMode { System, Light, Dark };

/// Text size steps offered in Settings; each scales the system font.
enum class TextSize { Smaller, Normal, Larger, Largest };

/// The app's own preferences (never journal content). Keys and defaults live here in one place.
/// Stored as an INI file inside the data folder (0600), or only in memory (demo mode, tests).
class Settings : public QObject {
    Q_OBJECT
public:
    enum class Key {
        Theme,
        TextSize,
        ReducedMotion,
        Country,
        SetupComplete,
        WindowPlacement,
        LastView,
        CoachEnabled,
        AutoLockMinutes,
        TimerSound,
        Language,
    };
    Q_ENUM(Key)

    /// `filePath` empty keeps everything in memory and writes nothing.
    explicit Settings(const QString& filePath, QObject* parent = nullptr);
    ~Settings() override;

    ThemeMode theme() const;
    void setTheme(ThemeMode mode);
    TextSize textSize() const;
    void setTextSize(TextSize size);
    /// The font scale for the current text size (1.0 = the system size).
    double textScale() const;
    bool reducedMotion() const;
    void setReducedMotion(bool on);
    /// ISO 3166-1 alpha-2 code for help resources; empty = not chosen yet.
    /// The interface language: "system" (the default: the system's language when Tend has it) or a code ("es").
    QString language() const;
    void setLanguage(const QString& code);
    QString country() const;
    void setCountry(const QString& code);
    bool setupComplete() const;
    void setSetupComplete(bool done);
    /// Where the window was on each screen (written and read by placement:: in WindowPlacement.h).
    QVariantMap windowPlacement() const;
    void setWindowPlacement(const QVariantMap& placement);
    QString lastView() const;
    void setLastView(const QString& view);
    bool coachEnabled() const;
    void setCoachEnabled(bool on);
    /// A soft sound when the hug timer or a breathing practice ends (the desktop's own event sound).
    bool timerSound() const;
    void setTimerSound(bool on);
    /// Minutes of no input (suspended time included) before a protected journal locks; 0 = never.
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    /// A partner's colour id ("sage", ...); kept here because it is a display preference, not journal content.
    QString partnerColour(const QString& partnerId) const;
    void setPartnerColour(const QString& partnerId, const QString& colour);

    /// Writes pending changes; false (and `lastError()`) when the file cannot be written.
    bool sync();
    QString lastError() const { return m_lastError; }
    QString filePath() const { return m_filePath; }
    bool inMemory() const { return m_filePath.isEmpty(); }

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

Q_SIGNALS:
    void changed(tend::ui::Settings::Key key);

private:
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    QVariant rawValue(const QString& name, const QVariant& fallback) const;
    void setRawValue(const QString& name, const QVariant& value);

    QString m_filePath;
    QSettings* m_store = nullptr;
    QVariantMap m_memory;
    QString m_lastError;
};

} // namespace tend::ui
