#include "ui/safety/HelpBlock.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "tend/safety/HelpResources.h"
#include "tend/safety/SafetyCheck.h"
#include "ui/theme/Icons.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/CountryPicker.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {
namespace {

QString str(const nlohmann::json& object, const char* key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? qs(it->get<std::string>()) : QString();
}

QLabel* selectable(const QString& text, const char* role, QWidget* parent, const QString& accessibleName)
{
    QLabel* label = makeLabel(text, role, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::TabFocus);
    label->setAccessibleName(accessibleName);
    label->setCursor(Qt::IBeamCursor);
    return label;
}

QLabel* link(const QString& url, QWidget* parent, const QString& accessibleName)
{
    QLabel* label = makeLabel(QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), url.toHtmlEscaped()),
                              nullptr, parent, true);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setFocusPolicy(Qt::TabFocus);
    label->setAccessibleName(accessibleName);
    label->setAccessibleDescription(QObject::tr("Opens the website in your browser."));
    return label;
}

QWidget* resourceRow(const nlohmann::json& resource, QWidget* parent)
{
    auto* row = makeFrame("soft", parent);
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(4);
    const QString name = str(resource, "name");
    QString heading = name;
    if (const QString area = str(resource, "area"); !area.isEmpty())
        heading += QStringLiteral("  ·  ") + area;
    layout->addWidget(makeLabel(heading, "heading", row));
    // Who the line is for, so nobody calls a line that will turn them away (a women's line, a men's line).
    if (const QString audience = str(resource, "audience"); !audience.isEmpty()) {
        QLabel* who = makeLabel(QObject::tr("For %1").arg(audience), "body", row);
        who->setObjectName(QStringLiteral("helpAudience-") + str(resource, "id"));
        layout->addWidget(who);
    }
    if (const QString description = str(resource, "description"); !description.isEmpty())
        layout->addWidget(makeLabel(description, "muted", row));
    QStringList numbers;
    if (const QString phone = str(resource, "phone"); !phone.isEmpty())
        numbers << QObject::tr("Call %1").arg(phone);
    if (resource.contains("phone_other") && resource["phone_other"].is_array()) {
        for (const auto& other : resource["phone_other"]) {
            if (other.is_string())
                numbers << QObject::tr("or %1").arg(qs(other.get<std::string>()));
        }
    }
    if (const QString text = str(resource, "text"); !text.isEmpty())
        numbers << QObject::tr("Text %1").arg(text);
    if (!numbers.isEmpty())
        layout->addWidget(selectable(numbers.join(QStringLiteral("   ")), "body", row,
                                     QObject::tr("%1: %2").arg(name, numbers.join(QStringLiteral(", ")))));
    if (const QString url = str(resource, "url"); !url.isEmpty())
        layout->addWidget(link(url, row, QObject::tr("%1 website").arg(name)));
    return row;
}

} // namespace

QWidget* makeHelpBlock(const tend::safety::HelpResources& resources, const QString& countryCode,
                       const HelpBlockOptions& options, QWidget* parent)
{
    auto* block = new QWidget(parent);
    block->setObjectName(QStringLiteral("helpBlock"));
    auto* layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    const std::string code = ss(countryCode);
    const nlohmann::json country = code.empty() ? nlohmann::json(nullptr) : resources.country(code);
    const nlohmann::json region = code.empty() ? nlohmann::json(nullptr) : resources.regionFor(code);
    const QString countryName = country.is_object() ? str(country, "name") : CountryPicker::nameFor(countryCode);

    if (options.emergencyNumber) {
        auto* box = makeFrame("warm", block, QStringLiteral("emergencyBox"));
        auto* boxLayout = new QHBoxLayout(box);
        boxLayout->setContentsMargins(20, 16, 20, 16);
        boxLayout->setSpacing(16);
        auto* mark = new QLabel(box);
        mark->setPixmap(icons::tinted(QStringLiteral("phone"), QPalette::WindowText).pixmap(28, 28));
        boxLayout->addWidget(mark, 0, Qt::AlignTop);
        auto* words = new QVBoxLayout();
        words->setSpacing(4);
        if (country.is_object()) {
            words->addWidget(makeLabel(QObject::tr("Emergency number in %1").arg(countryName), "muted", box));
            const QString number = str(country, "emergency");
            QLabel* big = selectable(number, "display", box, QObject::tr("Emergency number: %1").arg(number));
            big->setObjectName(QStringLiteral("emergencyNumber"));
            words->addWidget(big);
            QStringList others;
            if (country.contains("emergency_other") && country["emergency_other"].is_array()) {
                for (const auto& other : country["emergency_other"])
                    others << QObject::tr("%1: %2").arg(str(other, "label"), str(other, "number"));
            }
            if (!others.isEmpty())
                words->addWidget(makeLabel(others.join(QStringLiteral("   ·   ")), "body", box));
        } else if (region.is_object()) {
            words->addWidget(makeLabel(QObject::tr("Emergency number in %1").arg(str(region, "name")), "muted", box));
            const QString number = str(region, "emergency");
            QLabel* big = selectable(number, "display", box, QObject::tr("Emergency number: %1").arg(number));
            big->setObjectName(QStringLiteral("emergencyNumber"));
            words->addWidget(big);
        } else {
            QLabel* general = makeLabel(QObject::tr("Call your local emergency number."), "title", box);
            general->setObjectName(QStringLiteral("emergencyGeneral"));
            words->addWidget(general);
        }
        boxLayout->addLayout(words, 1);
        layout->addWidget(box);
    }
    if (region.is_object()) {
        QLabel* note = makeLabel(str(region, "note"), "muted", block);
        note->setObjectName(QStringLiteral("regionNote"));
        layout->addWidget(note);
    }

    if (country.is_object()) {
        const auto list = tend::safety::HelpResources::resourcesFor(
            country, options.allResources ? std::vector<std::string>{} : options.purposes);
        if (!list.empty() && (options.allResources || !options.purposes.empty())) {
            layout->addWidget(makeLabel(QObject::tr("Helplines in %1").arg(countryName), "heading", block));
            for (const auto& resource : list)
                layout->addWidget(resourceRow(resource, block));
        }
    } else if (!countryCode.isEmpty()) {
        layout->addWidget(makeLabel(
            QObject::tr("Tend does not list helplines for %1 yet. The directory below lists verified services in many "
                        "countries.")
                .arg(countryName.isEmpty() ? countryCode : countryName),
            "muted", block));
    }

    const nlohmann::json& directory = resources.directory();
    if (options.directory && directory.is_object()) {
        auto* box = makeFrame("soft", block, QStringLiteral("directoryBox"));
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(16, 12, 16, 12);
        boxLayout->setSpacing(4);
        boxLayout->addWidget(
            makeLabel(QObject::tr("Anywhere in the world: %1").arg(str(directory, "name")), "heading", box));
        boxLayout->addWidget(makeLabel(str(directory, "description"), "muted", box));
        boxLayout->addWidget(link(str(directory, "url"), box, QObject::tr("%1 website").arg(str(directory, "name"))));
        layout->addWidget(box);
    } else if (options.directory) {
        layout->addWidget(makeLabel(QObject::tr("Anywhere in the world: findahelpline.com lists verified helplines."),
                                    "body", block));
    }

    const QString fallback = qs(resources.fallback());
    QLabel* always = makeLabel(
        fallback.isEmpty() ? QObject::tr("If you are in danger, call your local emergency number.") : fallback, "body",
        block);
    always->setObjectName(QStringLiteral("helpFallback"));
    layout->addWidget(always);

    const QDate verified = QDate::fromString(qs(resources.lastVerified()), Qt::ISODate);
    if (verified.isValid()) {
        QLabel* date = makeLabel(
            QObject::tr("Numbers last checked on %1.").arg(QLocale().toString(verified, QStringLiteral("d MMMM yyyy"))),
            "small", block);
        date->setObjectName(QStringLiteral("lastVerified"));
        layout->addWidget(date);
    }
    return block;
}

} // namespace tend::ui
