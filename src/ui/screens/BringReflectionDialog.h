#pragma once

#include <QDialog>

#include <map>
#include <string>

class QButtonGroup;
class QLabel;

namespace tend::ui {

class AppContext;

/// Bringing a reflection written alone into a repair together: each answer of the solo session can be shared,
/// brought for the writer's eyes only, or left out. "Bring it" copies the chosen answers into the couple's
/// repair together (a new one, or the one already open) as that person's steps 1–4 (modes/SoloToJoint.h).
class BringReflectionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Share, OnlyMe, LeaveOut };

    BringReflectionDialog(AppContext* app, const std::string& soloSessionId, QWidget* parent = nullptr);
    /// How many answers the reflection holds (0 when it could not be read).
    int entryCount() const { return int(m_groups.size()); }

Q_SIGNALS:
    /// The reflection is in the repair together (after the journal's commit).
    void brought();

private:
    void bring();

    AppContext* m_app;
    std::string m_soloSessionId;
    std::string m_partnerId;
    std::map<std::string, QButtonGroup*> m_groups; ///< entry id → its three choices
    QLabel* m_error;
};

} // namespace tend::ui
