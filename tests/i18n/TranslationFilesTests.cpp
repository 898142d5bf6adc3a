// translations/tend_<lang>.ts as a translator and the build meet them (docs/translating.md): each holds every tr()
// string of the interface, finished, and is what lupdate makes of today's sources.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

const QStringList kLanguages = {QStringLiteral("es"), QStringLiteral("de")};

QString tsFile(const QString& language)
{
    return QStringLiteral(TEND_SOURCE_DIR "/translations/tend_%1.ts").arg(language);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

struct Message {
    QString context;
    QString source;
    bool finished = false;
};

QList<Message> messagesIn(const QByteArray& ts)
{
    QList<Message> out;
    QXmlStreamReader xml(ts);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = Message{context, QString(), true};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                current.finished = type.isEmpty() && !text.trimmed().isEmpty();
            } else if (name == QLatin1String("numerusform") && xml.readElementText().trimmed().isEmpty()) {
                current.finished = false;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            out << current;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

} // namespace

TEST_CASE("every interface string is in tend_es.ts and tend_de.ts, translated and finished")
{
    for (const QString& language : kLanguages) {
        const QList<Message> messages = messagesIn(readAll(tsFile(language)));
        QStringList unfinished;
        for (const Message& m : messages)
            if (!m.finished)
                unfinished << m.context + QStringLiteral(": ") + m.source.left(70);
        INFO(language.toStdString() << ": " << unfinished.size() << " unfinished, for example:\n"
                                    << unfinished.mid(0, 15).join(QLatin1Char('\n')).toStdString());
        CHECK(messages.size() > 1000);
        CHECK(unfinished.isEmpty());
    }
}

TEST_CASE("the .ts files are what lupdate makes of today's sources: no string missing, none left over")
{
    QTemporaryDir scratch;
    REQUIRE(scratch.isValid());
    QProcess update;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LUPDATE"), QStringLiteral(TEND_LUPDATE));
    update.setProcessEnvironment(env);
    update.start(QStringLiteral("bash"), {QStringLiteral(TEND_SOURCE_DIR "/cmake/update-translations.sh"),
                                          QStringLiteral("--check"), scratch.path()});
    REQUIRE(update.waitForFinished(120000));
    INFO(update.readAllStandardError().toStdString());
    REQUIRE(update.exitCode() == 0);
    for (const QString& language : kLanguages) {
        const QByteArray kept = readAll(tsFile(language));
        const QByteArray fresh = readAll(scratch.filePath(QStringLiteral("tend_%1.ts").arg(language)));
        // Name what differs, so the failure says which strings are new or gone.
        QStringList added;
        QStringList gone;
        const QList<Message> before = messagesIn(kept);
        const QList<Message> after = messagesIn(fresh);
        auto has = [](const QList<Message>& list, const Message& m) {
            return std::any_of(list.begin(), list.end(), [&](const Message& other) {
                return other.context == m.context && other.source == m.source;
            });
        };
        for (const Message& m : after)
            if (!has(before, m))
                added << m.context + QStringLiteral(": ") + m.source.left(70);
        for (const Message& m : before)
            if (!has(after, m))
                gone << m.context + QStringLiteral(": ") + m.source.left(70);
        INFO("tend_" << language.toStdString() << ".ts is older than the sources; run `make translations`.\nNew: "
                     << added.mid(0, 10).join(QStringLiteral("; ")).toStdString()
                     << "\nGone: " << gone.mid(0, 10).join(QStringLiteral("; ")).toStdString());
        CHECK(kept == fresh);
    }
}

TEST_CASE("every context in the .ts files is one the running app asks for: a class of tend::ui, or QObject")
{
    // A context lupdate guessed wrong ("RecordFormatter" for tend::ui::RecordFormatter, after a return type it could
    // not place) is translated in Linguist and never shown: tr() asks for the full name.
    for (const QString& language : kLanguages) {
        QStringList wrong;
        for (const Message& m : messagesIn(readAll(tsFile(language))))
            if (m.context != QLatin1String("QObject") && !m.context.startsWith(QLatin1String("tend::ui::")) &&
                !wrong.contains(m.context))
                wrong << m.context;
        INFO(language.toStdString() << ": " << wrong.join(QStringLiteral(", ")).toStdString());
        CHECK(wrong.isEmpty());
    }
}
