#include "cli/CliApplication.h"
#include "cli/CliContext.h"
#include "util/FixedClock.h"

#include <QBuffer>
#include <QTest>

using namespace cpd;

namespace {

class Probe final : public CliCommand
{
public:
    Probe(QString name, QStringList subs, int code) : m_name(std::move(name)), m_subs(std::move(subs)), m_code(code) {}
    QString name() const override { return m_name; }
    QString synopsis() const override { return m_name + QStringLiteral(" ") + m_subs.join(QLatin1Char('|')); }
    QString summary() const override { return QStringLiteral("probe"); }
    QStringList subcommands() const override { return m_subs; }
    int run(CliContext&, const QStringList& args) override
    {
        seen = args;
        return m_code;
    }
    QStringList seen;

private:
    QString m_name;
    QStringList m_subs;
    int m_code;
};

} // namespace

class TestCliApplication : public QObject
{
    Q_OBJECT

    int run(CliApplication& app, const QStringList& args, QString* errText = nullptr)
    {
        QString out, err;
        QTextStream o(&out), e(&err);
        QBuffer in;
        in.open(QIODevice::ReadOnly);
        const int code = app.run(QStringList{QStringLiteral("cpdjournal-cli")} + args, o, e, in);
        if (errText)
            *errText = err;
        return code;
    }

private slots:
    void commandsSharingANameAreChosenBySubVerb()
    {
        FixedClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        CliApplication app(clock);
        auto archives = std::make_unique<Probe>(QStringLiteral("import"), QStringList{QStringLiteral("bookmarks")}, 11);
        auto json = std::make_unique<Probe>(QStringLiteral("import"), QStringList{QStringLiteral("json")}, 12);
        Probe* a = archives.get();
        Probe* j = json.get();
        app.add(std::move(archives));
        app.add(std::move(json));
        QCOMPARE(run(app, {QStringLiteral("import"), QStringLiteral("json"), QStringLiteral("f.json")}), 12);
        QCOMPARE(j->seen, (QStringList{QStringLiteral("json"), QStringLiteral("f.json")}));
        QCOMPARE(run(app, {QStringLiteral("import"), QStringLiteral("bookmarks"), QStringLiteral("b.html")}), 11);
        QCOMPARE(a->seen.first(), QStringLiteral("bookmarks"));
        QString err;
        QCOMPARE(run(app, {QStringLiteral("import"), QStringLiteral("csv")}, &err), int(ExitUsage));
        QVERIFY2(err.contains(QStringLiteral("bookmarks, json")), qPrintable(err));
        QCOMPARE(run(app, {QStringLiteral("nonsense")}, &err), int(ExitUsage));
        QVERIFY(err.contains(QStringLiteral("unknown command")));
    }
};

QTEST_GUILESS_MAIN(TestCliApplication)
#include "tst_cliapplication.moc"
