#include "ui/app/Language.h"

#include <QCoreApplication>
#include <QTranslator>

#include "tend/validation/TranslationParity.h"
#include "ui/app/PseudoTranslator.h"

// The compiled translations live in a resource file of the static tend_ui library, registered by name (outside any
// namespace, as Q_INIT_RESOURCE requires).
static void registerTranslations()
{
    Q_INIT_RESOURCE(tend_i18n);
}

namespace tend::ui {

Language::Language()
{
    registerTranslations();
}

Language::~Language()
{
    if (m_tend)
        QCoreApplication::removeTranslator(m_tend.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList Language::shipped()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("de")};
}

bool Language::pseudoAvailable()
{
#ifdef TEND_PSEUDO_LOCALE
    return true;
#else
    return false;
#endif
}

QStringList Language::usable(const std::filesystem::path& contentDir)
{
    QStringList out{QStringLiteral("en")};
    for (const QString& code : shipped()) {
        if (code != QLatin1String("en") && validation::languageProblems(contentDir, code.toStdString()).empty())
            out << code;
    }
    return out;
}

QString Language::resolve(const QString& setting, const QStringList& usable, const QLocale& system)
{
    if (setting != QLatin1String("system") && usable.contains(setting))
        return setting;
    if (setting == pseudoCode() && pseudoAvailable())
        return setting;
    // The system's first language Tend can speak; "es_MX" and "de_AT" are Spanish and German.
    for (const QString& name : system.uiLanguages()) {
        const QString code = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (usable.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString Language::nativeName(const QString& code)
{
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    return QStringLiteral("English");
}

void Language::apply(const QString& code)
{
    if (m_tend)
        QCoreApplication::removeTranslator(m_tend.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_tend.reset();
    m_qt.reset();
    m_current = code;
    // The system's own region where it speaks the same language (es_MX, de_AT, en_GB keep their dates and numbers).
    const QLocale system = QLocale::system();
    QLocale::setDefault(QLocale(code).language() == system.language() ? system : QLocale(code));
    if (code == QLatin1String("en"))
        return;
    if (code == pseudoCode()) {
        // English content and dates, every interface string in its pseudo form.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_tend = std::make_unique<PseudoTranslator>();
        QCoreApplication::installTranslator(m_tend.get());
        return;
    }
    // Qt's first, so Tend's own words win where both translate the same text.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral(":/i18n/qtbase_") + code)) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    auto tend = std::make_unique<QTranslator>();
    if (tend->load(QStringLiteral(":/i18n/tend_") + code)) {
        QCoreApplication::installTranslator(tend.get());
        m_tend = std::move(tend);
    }
}

} // namespace tend::ui
