#pragma once

#include "ui/screens/Screen.h"

class QLabel;
class QPushButton;
class QStackedWidget;

namespace tend::ui {

class CountryPicker;
class PartnerFields;
class ProtectionSetupPage;

/// First run: what Tend is (self-help practice, not therapy; everything stays on this computer),
/// then who uses it (a couple or one person, names, optional colours) and the country for help.
/// Ends by handing over to each person's private safety check.
class WelcomeScreen : public Screen {
    Q_OBJECT
public:
    WelcomeScreen(AppContext* app, QWidget* parent = nullptr);
    QString title() const override;
    QWidget* initialFocus() const override;
    void activated() override;
    bool goNext() override;
    bool goBack() override;

    /// 0 = welcome, 1 = who uses Tend, 2 = protecting the journal (first run, src/ui/lock).
    int page() const;
    ProtectionSetupPage* protectionPage() const { return m_protection; }
    void setPage(int page);

private:
    QWidget* buildIntro();
    void ensureSetup();
    QWidget* buildSetup();
    void updateSetup();
    void finish();
    bool offerProtection();
    void goOn();

    QStackedWidget* m_pages;
    QPushButton* m_begin = nullptr;
    QPushButton* m_together = nullptr;
    QPushButton* m_solo = nullptr;
    PartnerFields* m_first = nullptr;
    PartnerFields* m_second = nullptr;
    CountryPicker* m_country = nullptr;
    QPushButton* m_continue = nullptr;
    QLabel* m_hint = nullptr;
    ProtectionSetupPage* m_protection = nullptr;
};

} // namespace tend::ui
