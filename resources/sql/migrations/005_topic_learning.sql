-- All Our Health: what the person accepted and rejected, so suggestions learn.
-- One row per topic (term = '') and per (topic, matched term) with the term as its stems, so a
-- rejected "units" for alcohol counts for less next time without affecting other words.
CREATE TABLE topic_feedback (
    topic_id TEXT NOT NULL,
    term TEXT NOT NULL DEFAULT '',
    accepted INTEGER NOT NULL DEFAULT 0 CHECK (accepted >= 0),
    rejected INTEGER NOT NULL DEFAULT 0 CHECK (rejected >= 0),
    updated TEXT NOT NULL,
    PRIMARY KEY (topic_id, term)
) WITHOUT ROWID;

-- Topic coverage reads, for every entry in a period, its hours and its topics: these covering
-- indexes let it do so without touching the entries' reflections (100,000 entries in well
-- under a second even on a busy machine).
CREATE INDEX entries_topic_coverage ON entries(id, date, end_date, hours) WHERE deleted_at IS NULL;
CREATE INDEX entry_topics_coverage ON entry_topics(entry_id, topic_id, level);
