#pragma once

#include <QWidget>

#include "ui/app/JournalService.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace tend::ui {

class AppContext;

/// The page shown while Tend is locked: the passphrase (or the printed recovery key), one button, and a message that
/// tells a wrong passphrase from damaged key data. Nothing else of the journal is on screen. What was typed in the
/// field stays there after a wrong try, so a typo can be fixed rather than retyped.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    explicit LockScreen(AppContext* app, QWidget* parent = nullptr);

    /// Fresh for showing: `atStart` words it for opening Tend rather than for coming back.
    void prepare(bool atStart);
    /// The outcome of an unlock try (after busy()).
    void showOutcome(const JournalService::KeyOutcome& outcome);
    void setBusy(bool busy);
    bool usingRecoveryKey() const { return m_recovery; }
    QLineEdit* secretField() const { return m_secret; }
    QString message() const;

Q_SIGNALS:
    /// The person asked to unlock with what they typed (a passphrase, or the recovery key when usingRecoveryKey()).
    void unlockRequested(const QString& secret, bool recoveryKey);

private:
    void submit();
    void setRecoveryMode(bool on);
    void toggleHelp();

    AppContext* m_app;
    QLabel* m_title;
    QLabel* m_intro;
    QLineEdit* m_secret;
    QPushButton* m_unlock;
    QPushButton* m_switch;
    QLabel* m_message;
    QPushButton* m_help;
    QWidget* m_helpBlock = nullptr;
    QVBoxLayout* m_column = nullptr;
    bool m_recovery = false;
};

} // namespace tend::ui
