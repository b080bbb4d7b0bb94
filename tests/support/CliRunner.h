#pragma once

// Runs the real cpdjournal-cli binary, as a script would.
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace cpd::test {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

class CliRunner
{
public:
    explicit CliRunner(QString db) : m_db(std::move(db)) {}

    CliResult run(const QStringList& args, const QByteArray& input = {},
                  const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
                  bool withDb = true) const
    {
        QProcess p;
        p.setProcessEnvironment(env);
        QStringList all;
        if (withDb)
            all << QStringLiteral("--db") << m_db;
        all << args;
        p.start(QStringLiteral(CPD_CLI), all);
        if (!p.waitForStarted(10000))
            qFatal("cpdjournal-cli did not start");
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            qFatal("cpdjournal-cli did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

private:
    QString m_db;
};

} // namespace cpd::test
