#pragma once

#include "journal/DraftStore.h"
#include "journal/EntryRepository.h"
#include "privacy/DismissalStore.h"
#include "privacy/ScannerIdentifierCheck.h"
#include "search/EntrySearch.h"
#include "storage/Database.h"
#include "topics/TopicCatalogue.h"
#include "topics/TopicFeedbackStore.h"

#include <memory>

namespace cpd {

class Clock;

// One open journal and the services over it that the window's pages share.
class JournalSession
{
public:
    JournalSession(std::unique_ptr<Database> db, const Clock& clock);
    JournalSession(const JournalSession&) = delete;
    JournalSession& operator=(const JournalSession&) = delete;

    Database& database() { return *m_db; }
    const Clock& clock() const { return m_clock; }
    EntryRepository& entries() { return m_entries; }
    EntrySearch& search() { return m_search; }
    DraftStore& drafts() { return m_drafts; }
    // The All Our Health catalogue (an override file when there is a valid one, else built in)
    // and what the person accepted and rejected among suggested topics.
    const TopicCatalogue& topics() const { return m_topics; }
    TopicFeedbackStore& topicFeedback() { return m_topicFeedback; }
    // Text the person said is not an identifier, and the check case notes pass before saving.
    DismissalStore& dismissals() { return m_dismissals; }
    const IdentifierCheck& identifierCheck() const { return m_identifierCheck; }
    const QString& path() const { return m_db->path(); }

    // A separate journal beside the real one, filled with demo entries the first time.
    static Result<std::unique_ptr<Database>> openSampleJournal(const Clock& clock, int entries = 200);

private:
    std::unique_ptr<Database> m_db;
    const Clock& m_clock;
    EntryRepository m_entries;
    EntrySearch m_search;
    DraftStore m_drafts;
    TopicCatalogue m_topics;
    TopicFeedbackStore m_topicFeedback;
    DismissalStore m_dismissals;
    ScannerIdentifierCheck m_identifierCheck;
};

} // namespace cpd
