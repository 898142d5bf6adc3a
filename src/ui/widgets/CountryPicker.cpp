#include "ui/widgets/CountryPicker.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace tend::ui {

CountryPicker::CountryPicker(QWidget* parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("countryPicker"));
    setAccessibleName(tr("Country for help resources"));
    setAccessibleDescription(tr("Tend shows the emergency number and helplines for this country. It is never "
                                "sent anywhere."));
    std::vector<std::pair<QString, QString>> countries;
    for (int t = int(QLocale::Afghanistan); t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2)
            continue;
        const QString name = QLocale::territoryToString(territory);
        if (name.isEmpty())
            continue;
        countries.emplace_back(name, code);
    }
    QCollator collator;
    std::sort(countries.begin(), countries.end(),
              [&collator](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
    countries.erase(std::unique(countries.begin(), countries.end(),
                                [](const auto& a, const auto& b) { return a.second == b.second; }),
                    countries.end());
    addItem(tr("Choose your country…"), QString());
    for (const auto& [name, code] : countries)
        addItem(name, code);
    setMaxVisibleItems(14);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(22);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT codeChanged(code()); });
}

QString CountryPicker::code() const
{
    return currentData().toString();
}

void CountryPicker::setCode(const QString& code)
{
    const int index = findData(code);
    setCurrentIndex(index >= 0 ? index : 0);
}

QString CountryPicker::nameFor(const QString& code)
{
    for (int t = int(QLocale::Afghanistan); t <= int(QLocale::LastTerritory); ++t) {
        if (QLocale::territoryToCode(QLocale::Territory(t)) == code)
            return QLocale::territoryToString(QLocale::Territory(t));
    }
    return {};
}

} // namespace tend::ui
