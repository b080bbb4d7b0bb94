#include "demo/DemoJournalGenerator.h"
#include "journal/EntryValidator.h"
#include "journal/ReflectionTemplates.h"
#include "journal/Vocabulary.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace cpd;

namespace {

const QDate kEnd(2026, 3, 14);

int countWords(const QString& s)
{
    return int(s.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
}

QStringList activityIds()
{
    return Vocabulary::ids(Vocabulary::activities());
}

} // namespace

class TestDemoJournalGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        DemoJournalGenerator generator(42, kEnd);
        m_entries = generator.generate(3000);
    }

    void sameSeedGivesSameEntries()
    {
        DemoJournalGenerator a(7, kEnd);
        DemoJournalGenerator b(7, kEnd);
        const QList<Entry> first = a.generate(300);
        const QList<Entry> second = b.generate(300);
        QCOMPARE(first.size(), 300);
        for (int i = 0; i < first.size(); ++i)
            QVERIFY2(first.at(i) == second.at(i), qPrintable(QString::number(i)));
        // next() continues the same sequence as generate().
        DemoJournalGenerator c(7, kEnd);
        c.generate(10);
        QCOMPARE(c.next(), first.at(10));
    }

    void differentSeedGivesDifferentEntries()
    {
        const QList<Entry> a = DemoJournalGenerator(1, kEnd).generate(50);
        const QList<Entry> b = DemoJournalGenerator(2, kEnd).generate(50);
        int same = 0;
        for (int i = 0; i < a.size(); ++i) {
            QVERIFY(a.at(i).id != b.at(i).id);
            if (a.at(i).reflection == b.at(i).reflection)
                ++same;
        }
        QCOMPARE(same, 0);
    }

    void fiftyEntriesCoverEveryActivityAndTemplate_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {0ull, 1ull, 42ull, 20260314ull, 0xffffffffffffull})
            QTest::addRow("seed %llu", static_cast<unsigned long long>(seed)) << seed;
    }
    void fiftyEntriesCoverEveryActivityAndTemplate()
    {
        QFETCH(quint64, seed);
        const QList<Entry> entries = DemoJournalGenerator(seed, kEnd).generate(50);
        QSet<QString> activities, templates;
        for (const Entry& e : entries) {
            activities.insert(e.activity);
            templates.insert(e.templateId);
        }
        const QStringList allActivities = activityIds();
        for (const QString& id : allActivities)
            QVERIFY2(activities.contains(id), qPrintable(id));
        const QStringList allTemplates = ReflectionTemplates::ids();
        for (const QString& id : allTemplates)
            QVERIFY2(templates.contains(id), qPrintable(id));
    }

    void everyEntryValidates()
    {
        for (const Entry& e : std::as_const(m_entries)) {
            const Status status = EntryValidator::validate(e);
            if (!status)
                QFAIL(qPrintable(e.title + QLatin1Char('\n') + status.error().message));
            // Normalising changes nothing: the generator already writes tidy entries.
            Entry normalised = e;
            EntryValidator::normalise(normalised);
            QVERIFY2(normalised == e, qPrintable(e.title));
        }
    }

    void reflectionsFollowTheirTemplate()
    {
        for (const Entry& e : std::as_const(m_entries)) {
            const QStringList keys = ReflectionTemplates::fieldKeys(e.templateId);
            QStringList sorted = keys;
            sorted.sort();
            QCOMPARE(e.reflection.keys(), sorted);
            for (const QString& key : keys)
                QVERIFY2(!e.reflection.value(key).trimmed().isEmpty(), qPrintable(e.templateId + QLatin1Char('.') + key));
            const int words = countWords(e.reflectionText());
            QVERIFY2(words >= 100 && words <= 500,
                     qPrintable(QStringLiteral("%1 words in \"%2\"").arg(words).arg(e.title)));
        }
    }

    void datesLieInTheThreeYearsEndingAtEndDate()
    {
        const QDate start = kEnd.addYears(-3);
        int multiDay = 0;
        for (const Entry& e : std::as_const(m_entries)) {
            QVERIFY(e.date.isValid());
            QVERIFY2(e.date > start && e.date <= kEnd, qPrintable(e.date.toString(Qt::ISODate)));
            if (e.endDate.isValid()) {
                ++multiDay;
                QVERIFY(e.endDate > e.date);
                QVERIFY(e.endDate <= kEnd);
            }
            QVERIFY(e.created.isValid());
            QVERIFY(e.created.date() >= e.date);
            QVERIFY(e.created.date() <= kEnd);
            QVERIFY(e.updated >= e.created);
            QVERIFY(e.updated.date() <= kEnd);
        }
        QVERIFY(multiDay > 0);
    }

    void hoursAreRealistic()
    {
        const QSet<QString> neverParticipatory = {
            QStringLiteral("e-learning"), QStringLiteral("reading"), QStringLiteral("guideline"),
            QStringLiteral("feedback"), QStringLiteral("social-media"),
            QStringLiteral("complaint-or-compliment")};
        int creditsSameAsHours = 0;
        for (const Entry& e : std::as_const(m_entries)) {
            QVERIFY(e.hours >= 0.5);
            QVERIFY(e.hours <= 7.5 * (e.endDate.isValid() ? e.date.daysTo(e.endDate) + 1 : 1));
            QVERIFY(e.participatoryHours >= 0);
            QVERIFY(e.participatoryHours <= e.hours);
            if (neverParticipatory.contains(e.activity))
                QCOMPARE(e.participatoryHours, 0.0);
            if (e.activity == QLatin1String("tweet-chat") || e.activity == QLatin1String("supervision"))
                QVERIFY(e.participatoryHours > 0);
            if (e.effectiveCredits() == e.hours)
                ++creditsSameAsHours;
        }
        QVERIFY(creditsSameAsHours > m_entries.size() * 9 / 10);
    }

    void metadataFitsTheEntry()
    {
        static const QSet<QString> topics = {
            QStringLiteral("adult-obesity"), QStringLiteral("air-pollution"), QStringLiteral("alcohol"),
            QStringLiteral("antimicrobial-resistance"), QStringLiteral("cancer"),
            QStringLiteral("cardiovascular-disease-prevention"), QStringLiteral("childhood-obesity"),
            QStringLiteral("climate-and-health"), QStringLiteral("community-centred-practice"),
            QStringLiteral("dementia"), QStringLiteral("falls"),
            QStringLiteral("health-disparities-and-health-inequalities"), QStringLiteral("healthy-ageing"),
            QStringLiteral("healthy-beginnings"), QStringLiteral("healthy-places"),
            QStringLiteral("homelessness"), QStringLiteral("immunisations"), QStringLiteral("inclusion-health"),
            QStringLiteral("learning-disability"), QStringLiteral("misuse-of-illicit-drugs-and-medicines"),
            QStringLiteral("musculoskeletal-health"), QStringLiteral("physical-activity"),
            QStringLiteral("population-screening"), QStringLiteral("sexual-and-reproductive-health-and-hiv"),
            QStringLiteral("smoking-and-tobacco"), QStringLiteral("social-prescribing"),
            QStringLiteral("vulnerabilities"), QStringLiteral("wellbeing-and-mental-health"),
            QStringLiteral("health-work-and-worklessness")}; // tuberculosis is withdrawn
        const QSet<QString> linkKinds = {QStringLiteral("guideline"), QStringLiteral("web"),
                                         QStringLiteral("social")};
        QSet<QString> ids;
        int drafts = 0, gmp = 0, withTopics = 0, withLinks = 0;
        for (const Entry& e : std::as_const(m_entries)) {
            const QUuid uuid = QUuid::fromString(e.id);
            QVERIFY(!uuid.isNull());
            QCOMPARE(uuid.version(), QUuid::Random);
            QCOMPARE(uuid.variant(), QUuid::DCE);
            QCOMPARE(uuid.toString(QUuid::WithoutBraces), e.id);
            ids.insert(e.id);

            QVERIFY(!e.title.isEmpty());
            if (e.templateId == QLatin1String("nmc"))
                QVERIFY2(!e.codeThemes.isEmpty(), qPrintable(e.title));
            if (e.activity == QLatin1String("feedback")
                || e.activity == QLatin1String("complaint-or-compliment")) {
                QVERIFY(!e.feedbackSource.isEmpty());
                QVERIFY(!e.feedbackType.isEmpty());
            }
            gmp += e.gmpDomains.isEmpty() ? 0 : 1;
            QVERIFY(e.topics.size() <= 3);
            withTopics += e.topics.isEmpty() ? 0 : 1;
            for (const TopicMapping& t : e.topics)
                QVERIFY2(topics.contains(t.id), qPrintable(t.id));
            QVERIFY(e.tags.size() >= 1 && e.tags.size() <= 4);
            QVERIFY(e.links.size() <= 3);
            withLinks += e.links.isEmpty() ? 0 : 1;
            for (const Link& l : e.links) {
                QVERIFY2(linkKinds.contains(l.kind), qPrintable(l.kind));
                QVERIFY2(l.url.startsWith(QLatin1String("https://")), qPrintable(l.url));
                QVERIFY(!l.title.isEmpty());
            }
            drafts += e.status == QLatin1String("draft") ? 1 : 0;
        }
        QCOMPARE(ids.size(), m_entries.size());
        QVERIFY(drafts > 0 && drafts < m_entries.size() / 4);
        QVERIFY(gmp > 0);
        QVERIFY(withTopics > m_entries.size() / 2);
        QVERIFY(withLinks > m_entries.size() / 2);
    }

    void nothingLooksLikeAnIdentifier()
    {
        const QRegularExpression tenDigits(QStringLiteral("\\d{10}"));
        const QRegularExpression dob(QStringLiteral("\\bDOB\\b|date of birth"),
                                     QRegularExpression::CaseInsensitiveOption);
        const QRegularExpression title(QStringLiteral("\\b(Mr|Mrs|Ms|Miss|Dr)\\.? [A-Z]"));
        const QRegularExpression postcode(QStringLiteral("\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b"));
        for (const Entry& e : std::as_const(m_entries)) {
            const QString text = e.title + QLatin1Char('\n') + e.reflectionText();
            QVERIFY2(!tenDigits.match(text).hasMatch(), qPrintable(e.title));
            QVERIFY2(!dob.match(text).hasMatch(), qPrintable(e.title));
            QVERIFY2(!title.match(text).hasMatch(), qPrintable(title.match(text).captured()));
            QVERIFY2(!postcode.match(text).hasMatch(), qPrintable(postcode.match(text).captured()));
        }
    }

    void textIsVaried()
    {
        QSet<QString> reflections, titles, sentences;
        for (const Entry& e : std::as_const(m_entries)) {
            reflections.insert(e.reflectionText());
            titles.insert(e.title);
            const QStringList parts = e.reflectionText().split(QRegularExpression(QStringLiteral("(?<=[.?!])\\s+")),
                                                               Qt::SkipEmptyParts);
            for (const QString& s : parts)
                sentences.insert(s);
        }
        qInfo("%lld distinct reflections, %lld distinct titles, %lld distinct sentences in %lld entries",
              qint64(reflections.size()), qint64(titles.size()), qint64(sentences.size()),
              qint64(m_entries.size()));
        QCOMPARE(reflections.size(), m_entries.size());
        QVERIFY(titles.size() > m_entries.size() / 5);
        QVERIFY(sentences.size() > 1000);
    }

    void hundredThousandEntriesAreQuick()
    {
        DemoJournalGenerator generator(99, kEnd);
        QElapsedTimer timer;
        timer.start();
        qint64 characters = 0;
        for (int i = 0; i < 100000; ++i)
            characters += generator.next().title.size();
        const qint64 ms = timer.elapsed();
        qInfo("100,000 entries generated in %lld ms", ms);
        QVERIFY(characters > 0);
        QVERIFY2(ms < 60000, "far too slow");
    }

    void benchmarkThousandEntries()
    {
        DemoJournalGenerator generator(5, kEnd);
        QBENCHMARK {
            for (int i = 0; i < 1000; ++i)
                generator.next();
        }
    }

private:
    QList<Entry> m_entries;
};

QTEST_GUILESS_MAIN(TestDemoJournalGenerator)
#include "tst_demojournalgenerator.moc"
