#pragma once

#include <QWidget>

#include "ui/cards/CardContext.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace tend::ui {

class AppContext;

/// One partner's own key for their private answers: give one (a passphrase or a PIN), open it, close it, change it.
/// Says plainly what a PIN is worth and that a forgotten secret cannot be recovered (the recovery key does not open
/// a partner's private answers).
class PartnerKeyBox : public QWidget {
    Q_OBJECT
public:
    PartnerKeyBox(AppContext* app, PartnerInfo partner, QWidget* parent = nullptr);
    /// Reads the state again (after any key change).
    void refresh();
    QString status() const;

private:
    void act();
    void setBusy(bool busy);

    AppContext* m_app;
    PartnerInfo m_partner;
    QLabel* m_state;
    QRadioButton* m_usePassphrase;
    QRadioButton* m_usePin;
    QLabel* m_pinNote;
    QLineEdit* m_secret;
    QLineEdit* m_repeat;
    QPushButton* m_action;
    QPushButton* m_close;
    QLabel* m_message;
};

} // namespace tend::ui
