#pragma once

#include "ui/screens/Screen.h"

class QVBoxLayout;

namespace tend::ui {

class RepairAttemptsCard;

/// What you agreed to try: the commitments made in step 5 of past repairs, with their status; above them, the
/// repair-attempts ledger.
class CommitmentsScreen : public Screen {
    Q_OBJECT
public:
    CommitmentsScreen(AppContext* app, QWidget* parent = nullptr);
    QString title() const override { return tr("Commitments"); }
    void activated() override;

private:
    RepairAttemptsCard* m_attempts;
    QVBoxLayout* m_list;
};

} // namespace tend::ui
