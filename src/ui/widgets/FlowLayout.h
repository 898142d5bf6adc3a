#pragma once

#include <QLayout>
#include <QList>

namespace tend::ui {

/// Lays items out left to right and wraps to a new line when the row is full (option chips).
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = 8);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override;
    void setGeometry(const QRect& rect) override;
    /// The last item sits at the right edge of its line (a row's way out, such as "Pause — I feel unsafe", stays where
    /// people look for it, and moves under the rest only when the row has no room).
    void setLastAtRight(bool on) { m_lastAtRight = on; }

private:
    int arrange(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
    int m_spacing;
    bool m_lastAtRight = false;
};

} // namespace tend::ui
