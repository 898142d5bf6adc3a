#pragma once

#include <QFrame>

#include "ui/cards/CardContext.h"

namespace tend::ui {

class AppContext;

/// Shown above a card that may be kept private when its writer has a key of their own that is closed (after a
/// restart or a lock): a private answer could not be saved, so it offers to open that key right there rather than
/// sending the person to Settings. It hides itself once the key is open.
class PartnerKeyNotice : public QFrame {
    Q_OBJECT
public:
    PartnerKeyNotice(AppContext* app, PartnerInfo writer, QWidget* parent = nullptr);
    /// True when the writer has a key of their own and it is closed now.
    static bool needed(AppContext* app, const std::string& partnerId);

private:
    void update();

    AppContext* m_app;
    std::string m_partnerId;
};

} // namespace tend::ui
