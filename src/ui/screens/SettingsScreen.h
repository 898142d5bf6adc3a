#pragma once

#include "ui/screens/Screen.h"

class QButtonGroup;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace tend::ui {

class CountryPicker;
class LanguageChips;
class PartnerFields;

/// Settings: the people's names and colours, theme (system / light / dark), text size, reduced
/// motion, the help country, the writing coach, the private check, the data folder and backups
/// (list, make one now, restore).
class SettingsScreen : public Screen {
    Q_OBJECT
public:
    SettingsScreen(AppContext* app, QWidget* parent = nullptr);
    QString title() const override { return tr("Settings"); }
    void activated() override;
    QWidget* initialFocus() const override;

    void refreshBackups();
    QListWidget* backupList() const { return m_backups; }
    QString backupStatus() const;

private:
    QWidget* section(const QString& heading, const QString& intro, QVBoxLayout*& body);
    void saveNames();
    void restoreSelected();

    QVBoxLayout* m_column;
    PartnerFields* m_first;
    PartnerFields* m_second;
    QPushButton* m_saveNames;
    LanguageChips* m_language;
    QButtonGroup* m_theme;
    QButtonGroup* m_textSize;
    QCheckBox* m_motion;
    QCheckBox* m_coach;
    QCheckBox* m_timerSound;
    CountryPicker* m_country;
    QVBoxLayout* m_checks;
    QLabel* m_dataFolder;
    QListWidget* m_backups;
    QPushButton* m_backupNow;
    QPushButton* m_restore;
    QLabel* m_backupStatus;
};

} // namespace tend::ui
