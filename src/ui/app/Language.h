#pragma once

#include <filesystem>
#include <memory>

#include <QLocale>
#include <QStringList>

class QTranslator;

namespace tend::ui {

/// The language Tend speaks (docs/translating.md). The interface's words come from translations/tend_<code>.ts,
/// compiled into the resources; a program, practice or safety check comes from content/<...>.<code>.json.
class Language {
public:
    Language();
    ~Language();
    Language(const Language&) = delete;
    Language& operator=(const Language&) = delete;

    /// Every language Tend has words for, English first.
    static QStringList shipped();
    /// The pseudo-locale's code ("pseudo"): offered by --locale in developer builds only (PseudoTranslator.h).
    static QString pseudoCode() { return QStringLiteral("pseudo"); }
    /// True when this build can show the pseudo-locale.
    static bool pseudoAvailable();
    /// Those that may be chosen with `contentDir`: English, and each other whose safety check and help resources are
    /// present and sound (a person must always be able to take the private check and find help in it).
    static QStringList usable(const std::filesystem::path& contentDir);
    /// A setting ("system" or a code) as the language to use: the system's when Tend has it, else English.
    static QString resolve(const QString& setting, const QStringList& usable,
                           const QLocale& system = QLocale::system());
    /// The language's own name for itself ("Español"), as a person looks for it in a list.
    static QString nativeName(const QString& code);

    /// Loads Tend's and Qt's own translations for `code` and installs them; every widget then gets a
    /// QEvent::LanguageChange. English removes them. Also sets the default QLocale, so dates and numbers follow.
    void apply(const QString& code);
    QString current() const { return m_current; }

private:
    std::unique_ptr<QTranslator> m_tend;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current = QStringLiteral("en");
};

} // namespace tend::ui
