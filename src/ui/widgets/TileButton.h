#pragma once

#include <QPushButton>

class QLabel;

namespace tend::ui {

/// A large, quiet button with an icon, a title and a line of explanation (Home's tiles, the
/// couple / solo choice at set-up). The whole tile is one control for the keyboard and screen readers.
class TileButton : public QPushButton {
    Q_OBJECT
public:
    TileButton(const QString& title, const QString& subtitle, const QString& objectName, const QString& icon,
               QWidget* parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

private:
    QLabel* m_title;
    QLabel* m_subtitle;
};

} // namespace tend::ui
