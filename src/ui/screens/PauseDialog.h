#pragma once

#include <QDateTime>
#include <QDialog>

class QButtonGroup;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace tend::ui {

class AppContext;

/// "Pause for now": why (optional), and — when taking space is offered to this person — when and
/// where to come back, suggesting at least 20 minutes and within a day.
class PauseDialog : public QDialog {
    Q_OBJECT
public:
    PauseDialog(AppContext* app, bool offerReturn, QWidget* parent = nullptr);

    QString reason() const;
    /// UTC ISO time to come back, empty when none was agreed.
    QString returnAt() const;
    QString place() const;
    void prefill(const QDateTime& at, const QString& place);
    void setReturnWithinHours(int hours);
    /// Closes only when the come-back time (if any) is at least 20 minutes away and within a day.
    void accept() override;

private:
    AppContext* m_app;
    bool m_offerReturn;
    QButtonGroup* m_reasons;
    QLineEdit* m_other;
    QDateTimeEdit* m_when = nullptr;
    QLineEdit* m_place = nullptr;
    QLabel* m_problem = nullptr;
    bool m_timeChosen = false;
};

} // namespace tend::ui
