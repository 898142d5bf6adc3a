#pragma once

#include "ui/screens/Screen.h"

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace tend::ui {

class LedgerCard;
class QuickEntryCard;
class ReflectionsCard;

/// Home: continue a paused repair (with its agreed time and place), start a new one — together or
/// on my own — in at most two clicks, and the way to the journal, commitments and settings.
class HomeScreen : public Screen {
    Q_OBJECT
public:
    HomeScreen(AppContext* app, QWidget* parent = nullptr);
    QString title() const override { return tr("Home"); }
    void activated() override;
    QWidget* initialFocus() const override;
    /// Says on Home why something asked for could not be done (e.g. a repair whose program is gone).
    void showNotice(const QString& text);

Q_SIGNALS:
    /// Start a new repair with these people (one id = on my own).
    void startRequested(const QStringList& partnerIds, bool together);
    void continueRequested();
    /// Start the ten-minute repair together with these people.
    void quickRepairRequested(const QStringList& partnerIds);
    /// Start a short practice of the content library (express-dont-describe) for one person.
    /// A practice or a together program other than a repair (our cycle, repair attempts, starting gently…).
    void practiceRequested(const QStringList& partnerIds, const QString& programId, bool together);

private:
    void refresh();
    QWidget* buildStartCard(QWidget* parent);

    QVBoxLayout* m_column;
    QLabel* m_greeting;
    QLabel* m_subtitle;
    QWidget* m_notices;
    QVBoxLayout* m_noticeLayout;
    QWidget* m_continueCard;
    QLabel* m_continueText;
    QPushButton* m_continue;
    QWidget* m_quickRow;
    QPushButton* m_quick;
    QPushButton* m_together;
    QPushButton* m_alone;
    QWidget* m_aloneChoices;
    QLabel* m_startSummary;
    QLabel* m_neutral;
    QList<QPushButton*> m_aloneButtons;
    QuickEntryCard* m_quickEntry = nullptr;
    ReflectionsCard* m_reflections = nullptr;
    LedgerCard* m_ledger = nullptr;
    QWidget* m_cycleCard = nullptr; ///< the name the couple gave their cycle, when they have one
    QLabel* m_cycleName = nullptr;
};

} // namespace tend::ui
