#pragma once

#include "ui/screens/Screen.h"

class QPushButton;
class QVBoxLayout;

namespace tend::ui {

class CountryPicker;

/// "Get help now": the chosen country's emergency number and helplines (content/help/resources.json),
/// always with the general fallback and the international directory, and the date they were checked.
class HelpScreen : public Screen {
    Q_OBJECT
public:
    HelpScreen(AppContext* app, QWidget* parent = nullptr);
    QString title() const override { return tr("Get help now"); }
    void activated() override;
    QWidget* initialFocus() const override;
    bool goBack() override;

private:
    void refresh();

    CountryPicker* m_country;
    QWidget* m_block = nullptr;
    QVBoxLayout* m_blockHolder;
    QPushButton* m_back;
};

} // namespace tend::ui
