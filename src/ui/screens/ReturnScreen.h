#pragma once

#include <QList>

#include "ui/regulation/ReminderService.h"
#include "ui/screens/Screen.h"

class QPushButton;
class QVBoxLayout;

namespace tend::ui {

/// "Time to come back together": the come-back times that passed while Tend was closed, shown first at launch
/// (before the start screen), each with its place and a way straight back into that repair.
class ReturnScreen : public Screen {
    Q_OBJECT
public:
    ReturnScreen(AppContext* app, QWidget* parent = nullptr);
    QString title() const override { return tr("Coming back"); }
    QWidget* initialFocus() const override;

    void setNotices(const QList<regulation::ReminderNotice>& notices);
    const QList<regulation::ReminderNotice>& notices() const { return m_notices; }

Q_SIGNALS:
    /// Open the repair this return was agreed for (empty id: the one to continue).
    void openSession(const QString& sessionId);

private:
    QList<regulation::ReminderNotice> m_notices;
    QVBoxLayout* m_list;
    QPushButton* m_first = nullptr;
    QPushButton* m_later;
};

} // namespace tend::ui
