#pragma once

#include <QWidget>

namespace tend::ui {

/// A calm progress ring with a line of text in the middle (timers, the hug timer).
class RingWidget : public QWidget {
    Q_OBJECT
public:
    explicit RingWidget(QWidget* parent = nullptr);

    void setProgress(double fraction);
    double progress() const { return m_progress; }
    void setCentreText(const QString& text, const QString& caption = {});
    QSize sizeHint() const override { return {180, 180}; }
    QSize minimumSizeHint() const override { return {120, 120}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_progress = 0.0;
    QString m_text;
    QString m_caption;
};

} // namespace tend::ui
