#pragma once

#include <QFrame>

#include <vector>

#include "tend/modes/CommitmentLedger.h"

class QPushButton;
class QVBoxLayout;

namespace tend::ui {

class AppContext;
class LedgerRow;

/// "Did we keep this?" at the start of a repair together: the open commitments of earlier repairs, due ones
/// first, each answered kept / not yet / let go (stored in the journal straight away), then on to step 1.
/// Answering is optional: going on leaves a commitment as it was.
class CommitmentReview : public QFrame {
    Q_OBJECT
public:
    CommitmentReview(AppContext* app, const std::vector<modes::LedgerItem>& items, QWidget* parent = nullptr);
    QWidget* focusTarget() const;
    /// How many commitments were answered here.
    int answered() const { return m_answered; }

    /// The open commitments to ask about when a repair starts now (empty when there are none or no journal).
    static std::vector<modes::LedgerItem> itemsToReview(AppContext* app, const std::string& newSessionId);
    /// Stores an answer. A commitment already closed (kept, let go) is first reopened ("revisit" today), since
    /// the ledger only reopens that way — so a mistaken click can be corrected at once.
    static void store(AppContext* app, const QString& commitmentId, modes::LedgerStatus before,
                      modes::LedgerStatus status);

Q_SIGNALS:
    void finished();

private:
    AppContext* m_app;
    QPushButton* m_goOn;
    int m_answered = 0;
};

} // namespace tend::ui
