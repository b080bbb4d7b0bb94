#include "main/JournalSession.h"

#include "demo/DemoJournalGenerator.h"
#include "storage/JournalLocation.h"
#include "util/Clock.h"

namespace cpd {

JournalSession::JournalSession(std::unique_ptr<Database> db, const Clock& clock)
    : m_db(std::move(db)), m_clock(clock), m_entries(*m_db, clock), m_search(*m_db),
      m_drafts(*m_db, clock), m_topics(TopicCatalogue::load()), m_topicFeedback(*m_db, clock),
      m_dismissals(*m_db), m_identifierCheck(&m_dismissals)
{
}

Result<std::unique_ptr<Database>> JournalSession::openSampleJournal(const Clock& clock, int entries)
{
    auto opened = Database::open(JournalLocation::samplePath());
    if (!opened)
        return opened;
    EntryRepository repository(**opened, clock);
    auto count = repository.count({});
    if (!count)
        return std::unexpected(count.error());
    if (*count == 0) {
        // A fixed seed: everyone who opens the sample sees the same journal.
        DemoJournalGenerator generator(2026, clock.today());
        if (auto added = repository.addMany(generator.generate(entries)); !added)
            return std::unexpected(added.error());
    }
    return opened;
}

} // namespace cpd
