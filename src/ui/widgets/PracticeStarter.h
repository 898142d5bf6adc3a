#pragma once

#include <QFrame>
#include <QList>
#include <QString>
#include <QStringList>

class QLabel;
class QPushButton;

namespace tend::ui {

class AppContext;

/// A quiet card on Home for a short practice (a program of the content library): its title, its summary, and
/// "Practise". On one's own (express-dont-describe, starting-gently): straight away for one person, or after "who is
/// practising?" for a couple. Together (repair-attempts, our-cycle): both partners at once, offered only to a
/// couple whose private checks leave joint work open, like every joint exercise. Hidden when the program is not in
/// the library.
class PracticeStarter : public QFrame {
    Q_OBJECT
public:
    enum class Who { OnYourOwn, Together };
    PracticeStarter(AppContext* app, const QString& programId, Who who, QWidget* parent = nullptr);
    QString programId() const { return m_programId; }
    Who who() const { return m_who; }
    /// Reads the program's title and the people again.
    void refresh();

Q_SIGNALS:
    /// `together`: every partner at the screen (Who::Together); else the one person named.
    void startRequested(const QStringList& partnerIds, const QString& programId, bool together);

private:
    AppContext* m_app;
    QString m_programId;
    Who m_who;
    QLabel* m_title;
    QLabel* m_summary;
    QPushButton* m_start;
    QWidget* m_choices;
    QList<QPushButton*> m_people;
};

} // namespace tend::ui
