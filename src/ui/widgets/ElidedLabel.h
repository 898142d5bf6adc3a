#pragma once

#include <QLabel>

namespace tend::ui {

/// One line of text that gives way first when a row is short of room: it may be squeezed to a few letters and then
/// shows "…" with the whole text as its tooltip (the header's screen title, which the window title also carries).
class ElidedLabel : public QLabel {
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace tend::ui
