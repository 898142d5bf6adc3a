#pragma once

#include <QPushButton>

namespace tend::ui {

/// A checkable, rounded option. Checked chips also show a tick, so the state never rests on colour alone.
class Chip : public QPushButton {
    Q_OBJECT
public:
    Chip(const QString& text, const QString& objectName, QWidget* parent = nullptr, const QString& icon = {});

private:
    void updateIcon(bool checked);
    QString m_icon;
};

} // namespace tend::ui
