#pragma once

#include <QList>
#include <QWidget>

class QButtonGroup;
class QLineEdit;
class QPushButton;

namespace tend::ui {

/// A name field with a row of colour swatches (setup and Settings).
class PartnerFields : public QWidget {
    Q_OBJECT
public:
    PartnerFields(const QString& label, const QString& objectPrefix, QWidget* parent = nullptr);

    QString name() const;
    void setName(const QString& name);
    QString colour() const;
    void setColour(const QString& colour);
    QLineEdit* nameEdit() const { return m_name; }

Q_SIGNALS:
    void changed();

private:
    void refreshSwatches();

    QLineEdit* m_name;
    QButtonGroup* m_swatches;
    QList<QPushButton*> m_buttons;
};

} // namespace tend::ui
