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

// A noun with verbs in one command, as `team` is.
class Verbs final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("team"); }
    QString synopsis() const override
    {
        return QStringLiteral("team keygen\nteam dashboard [--json]\nteam server init --url URL\nteam server status");
    }
    QString summary() const override { return QStringLiteral("verbs"); }
    QStringList subcommands() const override
    {
        return {QStringLiteral("keygen"), QStringLiteral("dashboard"), QStringLiteral("server")};
    }
    int run(CliContext&, const QStringList& args) override
    {
        seen = args;
        return 0;
    }
    QStringList seen;
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

    int runOut(CliApplication& app, const QStringList& args, QString* outText)
    {
        QString out, err;
        QTextStream o(&out), e(&err);
        QBuffer in;
        in.open(QIODevice::ReadOnly);
        const int code = app.run(QStringList{QStringLiteral("cpdjournal-cli")} + args, o, e, in);
        o.flush();
        *outText = out;
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

    void helpForANounAndForOneVerb()
    {
        FixedClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        CliApplication app(clock);
        auto archives = std::make_unique<Probe>(QStringLiteral("import"), QStringList{QStringLiteral("bookmarks")}, 11);
        auto json = std::make_unique<Probe>(QStringLiteral("import"), QStringList{QStringLiteral("json")}, 12);
        app.add(std::move(archives));
        app.add(std::move(json));
        auto team = std::make_unique<Verbs>();
        Verbs* t = team.get();
        app.add(std::move(team));
        QString out;
        // The noun alone: every verb, and success.
        QCOMPARE(runOut(app, {QStringLiteral("import"), QStringLiteral("--help")}, &out), int(ExitOk));
        QVERIFY2(out.contains(QStringLiteral("import bookmarks")) && out.contains(QStringLiteral("import json")), qPrintable(out));
        QCOMPARE(runOut(app, {QStringLiteral("team"), QStringLiteral("-h")}, &out), int(ExitOk));
        QCOMPARE(out.count(QStringLiteral("cpdjournal-cli [--db FILE] team ")), 4);
        // One verb: only its own lines, however deep; the command itself never runs.
        QCOMPARE(runOut(app, {QStringLiteral("team"), QStringLiteral("dashboard"), QStringLiteral("--help")}, &out), int(ExitOk));
        QCOMPARE(out.count(QStringLiteral("cpdjournal-cli [--db FILE] team ")), 1);
        QVERIFY2(out.contains(QStringLiteral("team dashboard [--json]")), qPrintable(out));
        QCOMPARE(runOut(app, {QStringLiteral("team"), QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--help")}, &out),
                 int(ExitOk));
        QCOMPARE(out.count(QStringLiteral("cpdjournal-cli [--db FILE] team ")), 1);
        QVERIFY2(out.contains(QStringLiteral("team server init --url URL")), qPrintable(out));
        QCOMPARE(runOut(app, {QStringLiteral("team"), QStringLiteral("server"), QStringLiteral("--help")}, &out), int(ExitOk));
        QCOMPARE(out.count(QStringLiteral("cpdjournal-cli [--db FILE] team server ")), 2);
        QVERIFY(t->seen.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliApplication)
#include "tst_cliapplication.moc"
