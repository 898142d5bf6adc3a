#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace tend::ui {

class AppContext;
class RecoveryKeyPanel;

/// The set-up step after the names: protect the journal with a passphrase (recommended, skippable), saying plainly
/// that a lost passphrase cannot be recovered; then a recovery key to save or print; then, for a couple, an optional
/// key of each partner's own for their private answers. Emits finished() when the person goes on.
class ProtectionSetupPage : public QWidget {
    Q_OBJECT
public:
    explicit ProtectionSetupPage(AppContext* app, QWidget* parent = nullptr);

    /// 0 passphrase, 1 recovery key, 2 partners' own keys.
    int step() const;
    void showStep(int step);
    QWidget* initialFocus() const;
    RecoveryKeyPanel* recoveryPanel() const { return m_panel; }
    /// Sets the passphrase fields and presses "Protect" (tests, screenshots).
    void protectWith(const QString& passphrase);

Q_SIGNALS:
    void finished();

private:
    QWidget* buildPassphrase();
    QWidget* buildRecovery();
    QWidget* buildPartners();
    void updateHint();
    void protect();
    void makeRecoveryKey();
    void afterRecovery();

    AppContext* m_app;
    QStackedWidget* m_steps;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_protect = nullptr;
    QPushButton* m_skip = nullptr;
    QPushButton* m_makeKey = nullptr;
    QPushButton* m_noKey = nullptr;
    QPushButton* m_keyDone = nullptr;
    QLabel* m_recoveryMessage = nullptr;
    RecoveryKeyPanel* m_panel = nullptr;
    QVBoxLayout* m_partnerColumn = nullptr;
};

} // namespace tend::ui
