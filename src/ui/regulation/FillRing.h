#pragma once

#include <QString>
#include <QWidget>

namespace tend::ui::regulation {

/// A calm ring that fills clockwise from the top, with a number or word in its middle. When `done` it eases
/// into a softer, warmer fill (driven by setDoneBlend so the change is gradual). Paints only when it changes.
class FillRing : public QWidget {
    Q_OBJECT
public:
    explicit FillRing(QWidget* parent = nullptr);

    /// 0..1 filled.
    void setProgress(double progress);
    double progress() const { return m_progress; }
    /// 0 = the working colour, 1 = the gentle end colour.
    void setDoneBlend(double blend);
    double doneBlend() const { return m_done; }
    void setCentreText(const QString& text);
    QString centreText() const { return m_text; }

    QSize sizeHint() const override { return {220, 220}; }
    QSize minimumSizeHint() const override { return {120, 120}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_progress = 0.0;
    double m_done = 0.0;
    QString m_text;
};

} // namespace tend::ui::regulation
