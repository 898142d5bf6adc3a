#pragma once

#include <QComboBox>

namespace tend::ui {

/// Every country by name (ISO 3166-1 alpha-2 codes underneath), for choosing help resources.
/// Typing a name's first letters jumps to it.
class CountryPicker : public QComboBox {
    Q_OBJECT
public:
    explicit CountryPicker(QWidget* parent = nullptr);
    QString code() const;
    void setCode(const QString& code);

    /// The English name for a code (empty when unknown).
    static QString nameFor(const QString& code);

Q_SIGNALS:
    void codeChanged(const QString& code);
};

} // namespace tend::ui
