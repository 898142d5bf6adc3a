#pragma once

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QString>

class QLayout;

class QScrollArea;
class QVBoxLayout;

namespace tend::ui {

/// A word-wrapped label in one of the stylesheet's text roles ("display", "title", "heading",
/// "body", "muted", "small", "note", "eyebrow", "warmNote"). Rich text only when `rich` is set.
QLabel* makeLabel(const QString& text, const char* role, QWidget* parent, bool rich = false);

/// Changes a label's text role (and so its font and colour).
void setRole(QLabel* label, const char* role);

/// A push button with objectName, accessible name and (optionally) description, a stylesheet kind
/// ("primary", "quiet", "nav", "help", "chip", "tile", "swatch") and a tinted icon by name.
QPushButton* makeButton(const QString& text, const QString& objectName, QWidget* parent, const char* kind = nullptr,
                        const QString& icon = {}, const QString& description = {});

/// A rounded surface in a frame role ("card", "soft", "warm").
QFrame* makeFrame(const char* role, QWidget* parent, const QString& objectName = {});

/// Sets a widget's objectName, accessible name and description in one go.
void name(QWidget* widget, const QString& objectName, const QString& accessibleName,
          const QString& accessibleDescription = {});

/// Re-applies the style after a dynamic property it reads (`kind`, `role`) has changed.
void repolish(QWidget* widget);

/// Empties a layout: its widgets are hidden and deleted later, nested layouts emptied with them.
void clearLayout(QLayout* layout);

/// A vertical scroll page whose content sits in a centred column no wider than `maxWidth`.
class ScrollPage : public QWidget {
    Q_OBJECT
public:
    explicit ScrollPage(QWidget* parent = nullptr, int maxWidth = 760);
    QVBoxLayout* column() const { return m_column; }
    QWidget* columnWidget() const { return m_columnWidget; }
    void scrollToTop();
    /// Scrolls so that `widget` (inside the column) is on screen.
    void ensureVisible(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QScrollArea* m_scroll;
    QWidget* m_canvas;
    QWidget* m_columnWidget;
    QVBoxLayout* m_column;
};

} // namespace tend::ui
