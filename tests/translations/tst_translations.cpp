// Fails while the translations are incomplete or stale: runs lupdate over the sources into a
// temporary .ts (exactly as `make translations` does) and compares it with the committed one.
// Every failure names the context and the source text; fix them all with `make translations`,
// then translate what is new (see translations/README.md).
#include "LupdateConfig.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList translations;

    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
    QString name() const
    {
        QString s = source;
        s.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        return context + QLatin1String(": \"") + s + QLatin1Char('"');
    }
};

QList<Message> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{
                context, {},
                {},      xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                {},      {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.translations << xml.readElementText(); // <numerusform>
            } else {
                m.translations << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 is not a valid .ts file: %2").arg(path, xml.errorString());
    return out;
}

// %1…%99, %n, %Ln (the placeholders of tr() and arg()).
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

// Opening and closing HTML tag names, in order.
QStringList tags(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("<(/?[a-zA-Z][a-zA-Z0-9]*)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(1).toLower();
    return found;
}

bool hasAccelerator(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("(^|[^&])&[^&\\s]"));
    return re.match(text).hasMatch();
}

QStringList split(const char* joined)
{
    return QString::fromUtf8(joined).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    // lupdate over the sources into a copy of the committed file: what `make translations` would
    // write. The committed file must be exactly as current.
    static QList<Message> fresh(const QString& committed, bool pluralOnly, QString* error)
    {
        QTemporaryDir dir;
        const QString ts = dir.filePath(QFileInfo(committed).fileName());
        QFile::copy(committed, ts);
        QStringList args = split(CPD_LUPDATE_OPTIONS);
        if (pluralOnly)
            args << QStringLiteral("-pluralonly");
        args << split(CPD_LUPDATE_INPUTS) << QStringLiteral("-ts") << ts;
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(CPD_SOURCE_DIR));
        lupdate.start(QStringLiteral(CPD_LUPDATE), args);
        if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
            *error = QStringLiteral("lupdate failed: %1")
                         .arg(QString::fromLocal8Bit(lupdate.readAllStandardError()));
            return {};
        }
        return readTs(ts, error);
    }

    static void check(const QString& committedPath, bool pluralOnly)
    {
        QString error;
        const QList<Message> committed = readTs(committedPath, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Message> current = fresh(committedPath, pluralOnly, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(current.size() > (pluralOnly ? 5 : 500),
                 "lupdate found too few strings: are the inputs right?");

        QHash<QString, Message> byKey;
        for (const Message& m : committed)
            byKey.insert(m.key(), m);
        QStringList untranslated, badPlaceholders, stale;
        for (const Message& m : current) {
            const auto it = byKey.constFind(m.key());
            if (it == byKey.cend()) {
                untranslated << m.name() +
                                    QStringLiteral(" (not in the file: run make translations)");
                continue;
            }
            const Message& c = *it;
            const bool empty = c.translations.isEmpty() ||
                               std::any_of(c.translations.cbegin(), c.translations.cend(),
                                           [](const QString& t) { return t.isEmpty(); });
            if (!c.type.isEmpty() || empty) {
                untranslated << m.name() + (c.type.isEmpty() ? QString()
                                                             : QStringLiteral(" (%1)").arg(c.type));
                continue;
            }
            for (const QString& t : c.translations) {
                // A plural form may leave %n out ("one" written as a word), never add or lose
                // others.
                QStringList want = placeholders(m.source), got = placeholders(t);
                if (c.numerus && !got.contains(QStringLiteral("%n")) &&
                    !got.contains(QStringLiteral("%Ln")))
                    want.removeAll(QStringLiteral("%n")), want.removeAll(QStringLiteral("%Ln"));
                if (want != got)
                    badPlaceholders
                        << m.name() +
                               QStringLiteral(" → \"%1\" (placeholders %2, source %3)")
                                   .arg(t, got.join(QLatin1Char(' ')), want.join(QLatin1Char(' ')));
                else if (tags(m.source) != tags(t))
                    badPlaceholders
                        << m.name() + QStringLiteral(" → \"%1\" (HTML tags differ)").arg(t);
                else if (hasAccelerator(m.source) != hasAccelerator(t))
                    badPlaceholders
                        << m.name() +
                               QStringLiteral(" → \"%1\" (the & accelerator is lost or added)")
                                   .arg(t);
            }
        }
        // Entries the sources no longer have: `make translations` drops them (-no-obsolete).
        QSet<QString> currentKeys;
        for (const Message& m : current)
            currentKeys.insert(m.key());
        for (const Message& c : committed)
            if (!currentKeys.contains(c.key()) || c.type == QLatin1String("obsolete") ||
                c.type == QLatin1String("vanished"))
                stale << c.name() +
                             (c.type.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.type));

        QStringList report;
        if (!untranslated.isEmpty())
            report << QStringLiteral("%1 source string(s) without a finished translation:\n  ")
                              .arg(untranslated.size()) +
                          untranslated.join(QLatin1String("\n  "));
        if (!badPlaceholders.isEmpty())
            report << QStringLiteral("%1 translation(s) whose placeholders, tags or accelerators "
                                     "differ from the source:\n  ")
                              .arg(badPlaceholders.size()) +
                          badPlaceholders.join(QLatin1String("\n  "));
        if (!stale.isEmpty())
            report << QStringLiteral("%1 obsolete or vanished entr(y/ies) left in the file (run "
                                     "make translations):\n  ")
                              .arg(stale.size()) +
                          stale.join(QLatin1String("\n  "));
        // Every line is printed (QVERIFY2 cuts long messages short).
        for (const QString& part : std::as_const(report))
            qWarning().noquote() << QFileInfo(committedPath).fileName() + QStringLiteral(": ") +
                                        part;
        QVERIFY2(report.isEmpty(),
                 qPrintable(QStringLiteral("%1 is incomplete or stale: see the lines above")
                                .arg(QFileInfo(committedPath).fileName())));
    }

private slots:
    void welshIsCompleteAndCurrent() { check(QStringLiteral(CPD_TS_CY), false); }
    void ukEnglishPluralsAreCompleteAndCurrent() { check(QStringLiteral(CPD_TS_EN_GB), true); }

    // The checks themselves catch what they promise to.
    void placeholderCheckSeesADifference()
    {
        QCOMPARE(placeholders(QStringLiteral("%1 of %2 (%Ln)")),
                 (QStringList{QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%Ln")}));
        QVERIFY(placeholders(QStringLiteral("Saved %1.")) !=
                placeholders(QStringLiteral("Cadwyd.")));
        QVERIFY(hasAccelerator(QStringLiteral("&File")));
        QVERIFY(!hasAccelerator(QStringLiteral("Tom && Jerry")));
        QVERIFY(tags(QStringLiteral("<h2>x</h2>")) != tags(QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
