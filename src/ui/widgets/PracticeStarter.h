#pragma once

#include <QFrame>
#include <QList>
#include <QString>
#include <QStringList>

class QLabel;
class QPushButton;

namespace tend::ui {

class AppContext;

/// A quiet card on Home for a short practice done on one's own (a program of the content library, such as
/// express-dont-describe): its title, one line about it, and "Practise" — straight away for one person, or
/// after "who is practising?" for a couple. Hidden when the program is not in the library.
class PracticeStarter : public QFrame {
    Q_OBJECT
public:
    PracticeStarter(AppContext* app, const QString& programId, QWidget* parent = nullptr);
    QString programId() const { return m_programId; }
    /// Reads the program's title and the people again.
    void refresh();

Q_SIGNALS:
    void startRequested(const QStringList& partnerIds, const QString& programId);

private:
    AppContext* m_app;
    QString m_programId;
    QLabel* m_title;
    QLabel* m_summary;
    QPushButton* m_start;
    QWidget* m_choices;
    QList<QPushButton*> m_people;
};

} // namespace tend::ui
