#pragma once
// Team members for the Team area tests: each has their own journal and an in-memory keychain,
// and makes real signed bundles through the core API.
#include "TestJournal.h"
#include "journal/EntryRepository.h"
#include "secrets/MemorySecretStore.h"
#include "standards/ProfileRepository.h"
#include "standards/StandardRegistry.h"
#include "team/TeamIdentity.h"
#include "topics/TopicCatalogue.h"

#include <QFile>

namespace cpd::test {

struct TeamMember
{
    // A nurse whose NMC registration expires on expiry.
    TeamMember(const QString& name, const QDate& expiry)
    {
        Profile p;
        p.name = name;
        p.professions = {QStringLiteral("nurse")};
        p.nmcPin = QStringLiteral("12A3456E");
        p.registrationExpiry = expiry;
        if (!ProfileRepository(*journal.db, journal.clock).save(p))
            qFatal("could not save the profile");
        auto id = TeamIdentity(*journal.db, secrets, journal.clock).generate(false);
        if (!id)
            qFatal("keygen failed: %s", qPrintable(id.error().message));
        memberId = id->memberId;
    }
    QString addEntry(const QString& title, const QString& reflection)
    {
        Entry e = TestJournal::sampleEntry(title);
        e.reflection.insert(QStringLiteral("learned"), reflection);
        auto added = EntryRepository(*journal.db, journal.clock).add(e);
        if (!added)
            qFatal("could not add an entry: %s", qPrintable(added.error().message));
        return added->id;
    }
    // A signed bundle written to dir/file.
    QString exportTo(const QString& path, const QStringList& share = {})
    {
        journal.clock.advanceSecs(60);
        auto b = TeamIdentity(*journal.db, secrets, journal.clock)
                     .exportBundle(standards, catalogue, share);
        if (!b)
            qFatal("export failed: %s", qPrintable(b.error().message));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(*b) != b->size())
            qFatal("could not write %s", qPrintable(path));
        return path;
    }
    TestJournal journal;
    MemorySecretStore secrets;
    StandardRegistry standards = StandardRegistry::withBuiltIns();
    TopicCatalogue catalogue = TopicCatalogue::builtIn();
    QString memberId;
};

} // namespace cpd::test
