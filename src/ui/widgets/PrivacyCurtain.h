#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace tend::ui {

/// Hides a screen while the keyboard changes hands. It covers its parent completely; the screen underneath
/// removes the previous person's words before raising it, so nothing of theirs is on screen, in the widget
/// tree or in the accessibility tree until the next person says who they are. Enter confirms, Escape goes
/// back to the person before.
class PrivacyCurtain : public QFrame {
    Q_OBJECT
public:
    explicit PrivacyCurtain(QWidget* covered);

    /// Covers the parent: `next` is asked to confirm; `previous` may take the keyboard back.
    void raiseFor(const QString& next, const QString& previous);
    void lower();
    bool isUp() const { return m_up; }
    QPushButton* confirmButton() const { return m_confirm; }

Q_SIGNALS:
    void confirmed();
    void cancelled();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* m_title;
    QLabel* m_body;
    QPushButton* m_confirm;
    QPushButton* m_back;
    bool m_up = false;
};

} // namespace tend::ui
