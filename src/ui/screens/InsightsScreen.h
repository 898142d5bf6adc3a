#pragma once

#include <optional>

#include "tend/insights/Insights.h"
#include "ui/screens/Screen.h"

class QComboBox;
class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace tend::ui {

class ScrollPage;

/// How your repairs are going: repairs by month, repairs completed together over time, how far check-ins came
/// down, what helped, commitments kept. Each chart (ui/charts) comes with a table of the same numbers; the figures
/// come from the core (tend/insights/Insights.h). An empty state when there is too little history yet.
class InsightsScreen : public Screen {
    Q_OBJECT
public:
    InsightsScreen(AppContext* app, QWidget* parent = nullptr);
    QString title() const override { return tr("Insights"); }
    void activated() override;
    QWidget* initialFocus() const override;

    /// The figures on screen now (for tests and the screenshots).
    const insights::Figures& figures() const { return m_figures; }
    /// The options they were computed with: couple, viewer, range and the program's cards.
    insights::Options currentOptions() const;

    /// "2 h 30 min", "3 days": a duration for people, never a raw number of hours.
    static QString durationText(double hours);

private:
    void refresh();
    void rebuildSections();
    QWidget* section(const QString& heading, const QString& summary, QWidget* chart, QTableWidget* table,
                     const QString& objectName);
    QString practiceTitle(const std::string& id) const;

    ScrollPage* m_page = nullptr;
    QComboBox* m_range = nullptr;
    QComboBox* m_viewer = nullptr;
    QLabel* m_empty = nullptr;
    QVBoxLayout* m_sections = nullptr;
    insights::Figures m_figures;
};

} // namespace tend::ui
