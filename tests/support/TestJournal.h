#pragma once

// A fresh journal file on disk in a temporary folder, for tests.
#include "journal/Entry.h"
#include "storage/Database.h"
#include "util/FixedClock.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace cpd::test {

class TestJournal
{
public:
    TestJournal() : clock(QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC))
    {
        QVERIFY2(dir.isValid(), "no temporary folder");
        path = dir.filePath(QStringLiteral("journal.cpdj"));
        auto opened = Database::open(path);
        if (!opened)
            qFatal("could not open the test journal: %s", qPrintable(opened.error().message));
        db = std::move(*opened);
    }

    static Entry sampleEntry(const QString& title = QStringLiteral("Asthma update for practice nurses"))
    {
        Entry e;
        e.title = title;
        e.date = QDate(2026, 2, 3);
        e.activity = QStringLiteral("course");
        e.hours = 3;
        e.participatoryHours = 2;
        e.templateId = QStringLiteral("nmc");
        e.reflection = {{QStringLiteral("nature"), QStringLiteral("A half-day course on inhaler technique.")},
                        {QStringLiteral("learned"), QStringLiteral("Most patients were not using spacers.")},
                        {QStringLiteral("changed"), QStringLiteral("I now check technique at every review.")},
                        {QStringLiteral("code"), QStringLiteral("Practise effectively.")}};
        e.codeThemes = {QStringLiteral("practise-effectively")};
        e.tags = {QStringLiteral("asthma"), QStringLiteral("respiratory")};
        e.links = {{QStringLiteral("guideline"), QStringLiteral("https://www.nice.org.uk/guidance/ng245"),
                    QStringLiteral("Asthma: diagnosis, monitoring and chronic asthma management")}};
        e.topics = {{QStringLiteral("air-pollution"), QStringLiteral("individual")}};
        e.status = QStringLiteral("final");
        return e;
    }

    QTemporaryDir dir;
    QString path;
    FixedClock clock;
    std::unique_ptr<Database> db;
};

} // namespace cpd::test
