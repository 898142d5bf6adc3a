#pragma once

#include <QFrame>
#include <QList>

#include "ui/lock/JournalExport.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace tend::ui {

class AppContext;
class PartnerKeyBox;

/// Settings' "Privacy and locking" card: the journal passphrase (add, change, remove — no entry is lost either way),
/// a new recovery key, the auto-lock time, lock now, each partner's own key, and exports (encrypted, or plain after a
/// warning).
class PrivacySection : public QFrame {
    Q_OBJECT
public:
    explicit PrivacySection(AppContext* app, QWidget* parent = nullptr);
    void refresh();
    QString status() const;
    QString message() const;

    /// Steps behind the buttons (tests drive them without dialogs).
    void setPassphrase(const QString& passphrase);
    void removeProtection();
    void exportTo(const QString& file, const ExportRequest& request);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void askRemove();
    void newRecoveryKey();
    void askExport();
    void deletePlainBackups();

    AppContext* m_app;
    QLabel* m_status;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QPushButton* m_setPassphrase;
    QPushButton* m_recovery;
    QPushButton* m_remove;
    QPushButton* m_lockNow;
    QPushButton* m_plainBackups;
    QSpinBox* m_autoLock;
    QVBoxLayout* m_partners;
    QPushButton* m_export;
    QLabel* m_message;
};

} // namespace tend::ui
