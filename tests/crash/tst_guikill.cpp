// Types into the real cpdjournal's editor with real key events (xdotool, on a private Xvfb
// display), kills it with SIGKILL, starts it again and finds the draft offered back, missing at
// most the last few seconds of typing. Checked through what the person sees (the "Restore
// unsaved changes?" window) and the drafts table.
#include "CrashFixtures.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace cpd;
using namespace cpd::test;

namespace {

QString run(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(20000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

class GuiKillTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void draftSurvivesSigkill();

private:
    QString waitForWindow(const QString& name, int timeoutMs);
    void startApp(QProcess& app);

    QTemporaryDir m_dir;
    QString m_xdotool;
    QProcess m_xvfb;
    QProcessEnvironment m_env;
    QString m_journal;
};

void GuiKillTest::initTestCase()
{
    m_xdotool = QStandardPaths::findExecutable(QStringLiteral("xdotool"));
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (m_xdotool.isEmpty() || xvfb.isEmpty())
        QSKIP("needs Xvfb and xdotool (scripts/install-deps.sh installs both)");
    // A private display: Xvfb picks a free number itself and writes it to its standard output
    // (-displayfd), so test runs and other engineers' displays never collide. -noreset: by
    // default Xvfb resets itself whenever its last client leaves (xdotool exiting, the killed
    // app), and a client connecting during the reset is refused ("could not connect to display").
    m_xvfb.start(xvfb, {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"), QStringLiteral("0"),
                        QStringLiteral("1400x900x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp"),
                        QStringLiteral("-noreset")});
    QVERIFY(m_xvfb.waitForStarted());
    QByteArray number;
    QTRY_VERIFY_WITH_TIMEOUT((number += m_xvfb.readAllStandardOutput()).contains('\n') || m_xvfb.state() != QProcess::Running, 20000);
    QVERIFY2(m_xvfb.state() == QProcess::Running, "Xvfb stopped");
    const int display = number.trimmed().toInt();
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":%1").arg(display));
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    m_env.insert(QStringLiteral("HOME"), m_dir.path());
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    m_env.remove(QStringLiteral("QT_LOGGING_RULES"));
    m_journal = m_dir.filePath(QStringLiteral("journal.cpdj"));
    makeJournal(m_journal, 3);
}

void GuiKillTest::cleanupTestCase()
{
    if (m_xvfb.state() != QProcess::NotRunning) {
        m_xvfb.terminate();
        m_xvfb.waitForFinished(5000);
    }
}

QString GuiKillTest::waitForWindow(const QString& name, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        const QString ids = run(m_xdotool, {QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"), name}, m_env);
        if (!ids.isEmpty())
            return ids.split(QLatin1Char('\n')).last();
        QThread::msleep(200);
    }
    return {};
}

void GuiKillTest::startApp(QProcess& app)
{
    app.setProcessEnvironment(m_env);
    app.setProcessChannelMode(QProcess::ForwardedChannels);
    app.start(QStringLiteral(CPD_GUI), {QStringLiteral("--db"), m_journal});
    QVERIFY(app.waitForStarted());
}

void GuiKillTest::draftSurvivesSigkill()
{
    QProcess app;
    startApp(app);
    const QString window = waitForWindow(QStringLiteral("^journal"), 30000);
    QVERIFY2(!window.isEmpty(), "the window never showed");
    run(m_xdotool, {QStringLiteral("windowfocus"), QStringLiteral("--sync"), window}, m_env);
    QThread::msleep(500);
    run(m_xdotool, {QStringLiteral("key"), QStringLiteral("ctrl+n")}, m_env);
    QThread::msleep(700);

    // Type a title word by word for about 12 s, pause 3 s (past the 2 s quiet autosave), then
    // type for 3 s more and kill at once.
    const QStringList words = QStringLiteral("Reflection on the asthma clinic audit with the practice team and what we "
                                             "changed in inhaler reviews afterwards for patients who use spacers daily "
                                             "and for their carers at home and at school every week")
                                  .split(QLatin1Char(' '));
    QString typed;
    QString typedBeforePause;
    QElapsedTimer clock;
    clock.start();
    qint64 lastKeyMs = 0;
    QList<QPair<int, qint64>> typedAt; // characters typed so far → when
    int i = 0;
    const auto typeFor = [&](qint64 untilMs) {
        while (clock.elapsed() < untilMs) {
            const QString word = words.at(i++ % words.size()) + QLatin1Char(' ');
            run(m_xdotool, {QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("40"), word}, m_env);
            typed += word;
            lastKeyMs = clock.elapsed();
            typedAt.append({int(typed.size()), lastKeyMs});
        }
    };
    typeFor(12000);
    typedBeforePause = typed;
    QThread::msleep(3000);
    const qint64 pauseEndMs = clock.elapsed();
    typeFor(pauseEndMs + 3000);
    app.kill(); // SIGKILL
    QVERIFY(app.waitForFinished(10000));
    const qint64 killMs = clock.elapsed();

    const QStringList drafts = rawQuery(m_journal, QStringLiteral("SELECT json FROM drafts"));
    QCOMPARE(drafts.size(), 1);
    const QString title = QJsonDocument::fromJson(drafts.first().toUtf8()).object().value(QStringLiteral("title")).toString();
    const QString typedTrimmed = typed.trimmed();
    QVERIFY2(typedTrimmed.startsWith(title.trimmed()), qPrintable(QStringLiteral("draft title \"%1\" is not what was typed").arg(title)));
    QVERIFY2(title.trimmed().size() >= typedBeforePause.trimmed().size(),
             qPrintable(QStringLiteral("the draft lacks typing from before the pause: \"%1\"").arg(title)));
    const int lostChars = int(typedTrimmed.size() - title.trimmed().size());
    // When the last character the draft holds was typed: what is missing is the typing since then.
    qint64 savedUpToMs = 0;
    for (const auto& [chars, at] : typedAt) {
        if (chars <= title.size() + 1)
            savedUpToMs = at;
    }
    const qint64 typingMissingMs = lastKeyMs - qMax(savedUpToMs, pauseEndMs); // the pause had no typing
    std::printf("gui kill test: typed %lld characters in %.1f s (a 3 s pause after 12 s), SIGKILL %lld ms after the "
                "last key; the draft offered back lacks the last %d characters, %.1f s of typing\n",
                qlonglong(typed.size()), double(lastKeyMs) / 1000.0, killMs - lastKeyMs, lostChars,
                double(typingMissingMs) / 1000.0);
    std::fflush(stdout);
    // Everything before the pause was autosaved (2 s after the last change); only typing since is missing.
    QVERIFY(killMs - savedUpToMs <= killMs - pauseEndMs + 3500);

    // Start again: the person is offered the draft back.
    QProcess again;
    startApp(again);
    const QString offer = waitForWindow(QStringLiteral("Restore unsaved changes"), 30000);
    QVERIFY2(!offer.isEmpty(), "the restart did not offer the draft back");
    run(m_xdotool, {QStringLiteral("windowfocus"), QStringLiteral("--sync"), offer}, m_env);
    run(m_xdotool, {QStringLiteral("key"), QStringLiteral("Return")}, m_env); // Restore (the default)
    QTRY_VERIFY_WITH_TIMEOUT(waitForWindow(QStringLiteral("Restore unsaved changes"), 200).isEmpty(), 10000);
    again.kill();
    again.waitForFinished(10000);
    // Restoring keeps the draft until the entry is saved.
    QCOMPARE(rawQuery(m_journal, QStringLiteral("SELECT count(*) FROM drafts")).value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(GuiKillTest)
#include "tst_guikill.moc"
