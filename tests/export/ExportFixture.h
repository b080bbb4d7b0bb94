#pragma once

// A small but complete NMC journal for export tests: a profile, entries of every kind the
// portfolio uses (five complete reflective accounts, feedback, participatory learning), records,
// a trashed entry and linked evidence.
#include "TestJournal.h"
#include "journal/EntryRepository.h"
#include "standards/ProfileRepository.h"
#include "standards/RecordRepository.h"
#include "storage/Sql.h"

#include <QUuid>

namespace cpd::test {

inline QString fixedId(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

inline void fillNmcJournal(Database& db, const Clock& clock, bool withIdentifier = false)
{
    Profile profile;
    profile.name = QStringLiteral("Morwenna Tregarthen");
    profile.professions = {QStringLiteral("nurse")};
    profile.nmcPin = QStringLiteral("12A3456B");
    profile.registrationExpiry = QDate(2026, 9, 30);
    profile.employer = QStringLiteral("Penwith Primary Care Network");
    QVERIFY(ProfileRepository(db, clock).save(profile));

    EntryRepository entries(db, clock);
    QList<Entry> list;
    for (int i = 0; i < 6; ++i) {
        Entry e = TestJournal::sampleEntry(QStringLiteral("Reflective account %1: asthma reviews").arg(i + 1));
        e.id = fixedId(i + 1);
        e.date = QDate(2024, 1, 10).addMonths(i * 4);
        e.hours = 3.5;
        e.participatoryHours = i % 2 ? 3 : 0;
        e.codeThemes = {QStringLiteral("practise-effectively"), QStringLiteral("preserve-safety")};
        list << e;
    }
    Entry feedback = TestJournal::sampleEntry(QStringLiteral("Thank-you card from a carer, with commas, \"quotes\""));
    feedback.id = fixedId(20);
    feedback.date = QDate(2025, 5, 2);
    feedback.activity = QStringLiteral("feedback");
    feedback.feedbackSource = QStringLiteral("patient");
    feedback.feedbackType = QStringLiteral("written");
    feedback.hours = 0;
    feedback.participatoryHours = 0;
    feedback.templateId = QStringLiteral("free");
    feedback.reflection = {{QStringLiteral("text"), QStringLiteral("The family valued the time taken to explain inhalers.")}};
    feedback.codeThemes = {QStringLiteral("prioritise-people")};
    list << feedback;
    Entry course = TestJournal::sampleEntry(QStringLiteral("Diabetes foot checks — e-learning"));
    course.id = fixedId(21);
    course.date = QDate(2025, 11, 20);
    course.endDate = QDate(2025, 11, 21);
    course.activity = QStringLiteral("e-learning");
    course.hours = 2.25;
    course.participatoryHours = 0;
    course.status = QStringLiteral("draft");
    if (withIdentifier)
        course.reflection[QStringLiteral("nature")] = QStringLiteral("Reviewed Mrs Pengelly's feet; NHS number 943 476 5919.");
    list << course;
    Entry trashed = TestJournal::sampleEntry(QStringLiteral("Trashed note"));
    trashed.id = fixedId(30);
    list << trashed;
    QVERIFY(entries.addMany(list));
    QVERIFY(entries.moveToTrash(fixedId(30)));

    RecordRepository records(db, clock);
    PracticeHours hours;
    hours.from = QDate(2023, 10, 1);
    hours.to = QDate(2026, 3, 1);
    hours.organisation = QStringLiteral("St Just Surgery");
    hours.address = QStringLiteral("Market Square, St Just");
    hours.workSetting = QStringLiteral("gp-practice");
    hours.scope = QStringLiteral("direct-patient-care");
    hours.hours = 2400;
    hours.registration = QStringLiteral("nurse");
    hours.description = QStringLiteral("Practice nurse: chronic disease reviews.");
    Record r1;
    r1.data = hours;
    QVERIFY(records.add(r1));
    ReflectiveDiscussion discussion;
    discussion.partnerName = QStringLiteral("Alex Jones");
    discussion.partnerPin = QStringLiteral("98A7654B");
    discussion.partnerEmail = QStringLiteral("alex.jones@example.org");
    discussion.partnerAddress = QStringLiteral("1 Park Row, Leeds");
    discussion.partnerPostcode = QStringLiteral("LS1 5HD");
    discussion.date = QDate(2026, 1, 15);
    discussion.summary = QStringLiteral("We talked through the five accounts.");
    Record r2;
    r2.data = discussion;
    QVERIFY(records.add(r2));
    Confirmation confirmation;
    confirmation.confirmerName = QStringLiteral("Pat Singh");
    confirmation.confirmerId = QStringLiteral("87B6543C");
    confirmation.confirmerEmail = QStringLiteral("pat.singh@example.org");
    confirmation.confirmerAddress = QStringLiteral("2 Park Row, Leeds");
    confirmation.confirmerPostcode = QStringLiteral("LS1 5HD");
    confirmation.date = QDate(2026, 2, 1);
    Record r3;
    r3.data = confirmation;
    QVERIFY(records.add(r3));

    const QSqlDatabase c = db.connection();
    QVERIFY(Sql::exec(c, QStringLiteral("INSERT INTO guidelines (id, title, publisher, identifier, url, created) VALUES "
                                        "('g1', 'Asthma: diagnosis and management', 'NICE', 'NG245', "
                                        "'https://www.nice.org.uk/guidance/ng245', '2026-01-01T00:00:00Z')"),
                      QStringLiteral("add a guideline")));
    QVERIFY(Sql::exec(c, QStringLiteral("INSERT INTO entry_guidelines (entry_id, guideline_id) VALUES ('%1', 'g1')").arg(fixedId(1)),
                      QStringLiteral("link a guideline")));
    QVERIFY(Sql::exec(c, QStringLiteral("INSERT INTO case_notes (id, summary, setting, age_band, created, updated) VALUES "
                                        "('c1', 'Child with poorly controlled asthma', 'GP practice', '5-11', "
                                        "'2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z')"),
                      QStringLiteral("add a case")));
    QVERIFY(Sql::exec(c, QStringLiteral("INSERT INTO entry_cases (entry_id, case_id) VALUES ('%1', 'c1')").arg(fixedId(2)),
                      QStringLiteral("link a case")));
    QVERIFY(Sql::exec(c, QStringLiteral("INSERT INTO social_finds (id, platform, original_id, url, author, excerpt, hashtags, created) "
                                        "VALUES ('f1', 'mastodon', '42', 'https://mastodon.example/@nurse/42', '@nurse', "
                                        "'Spacer tips #WeNurses', '[\"WeNurses\"]', '2026-01-03T00:00:00Z')"),
                      QStringLiteral("add a find")));
    QVERIFY(Sql::exec(c, QStringLiteral("INSERT INTO entry_finds (entry_id, find_id) VALUES ('%1', 'f1')").arg(fixedId(3)),
                      QStringLiteral("link a find")));
}

} // namespace cpd::test
