#pragma once

#include <QFrame>
#include <QList>
#include <QString>

#include <string>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace tend::ui {

class AppContext;
class Chip;

/// The repair-attempts ledger on the Commitments screen: who reached back after friction, and whether it was taken
/// (seed 003). A tally of the last 30 days per partner, "who reached back?", then "Taken" or "Not this time" notes
/// it at once, with an undo. Only who, whether and when are kept, never words.
class RepairAttemptsCard : public QFrame {
    Q_OBJECT
public:
    explicit RepairAttemptsCard(AppContext* app, QWidget* parent = nullptr);
    /// Reads the ledger and the people again.
    void refresh();

private:
    void note(bool taken);
    void undo();
    void updateButtons();

    AppContext* m_app;
    QLabel* m_tally;
    QWidget* m_people;
    QButtonGroup* m_who;
    QList<Chip*> m_chips;
    QPushButton* m_taken;
    QPushButton* m_notTaken;
    QLabel* m_done;
    QPushButton* m_undo;
    std::string m_lastNoted; ///< the id of the attempt just noted, for undo
};

} // namespace tend::ui
