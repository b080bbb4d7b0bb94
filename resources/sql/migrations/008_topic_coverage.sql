-- All Our Health coverage without a join. Each entry carries its set of topic mappings as one
-- sorted text ("topic<TAB>level" lines, '' when none), kept by triggers on entry_topics, so
-- coverage is one GROUP BY over a covering index: a journal has few distinct sets, and the
-- index hands them over already grouped (100,000 entries: a few milliseconds of SQLite work,
-- where joining every entry to entry_topics by its text id took about 200 ms of CPU).
ALTER TABLE entries ADD COLUMN topic_set TEXT NOT NULL DEFAULT '';

UPDATE entries SET topic_set = coalesce(
    (SELECT group_concat(s, char(10)) FROM
        (SELECT topic_id || char(9) || level AS s FROM entry_topics WHERE entry_id = entries.id ORDER BY topic_id)),
    '')
WHERE id IN (SELECT entry_id FROM entry_topics);

CREATE TRIGGER entry_topics_set_insert AFTER INSERT ON entry_topics BEGIN
    UPDATE entries SET topic_set = coalesce(
        (SELECT group_concat(s, char(10)) FROM
            (SELECT topic_id || char(9) || level AS s FROM entry_topics WHERE entry_id = NEW.entry_id ORDER BY topic_id)),
        '')
    WHERE id = NEW.entry_id;
END;

CREATE TRIGGER entry_topics_set_delete AFTER DELETE ON entry_topics BEGIN
    UPDATE entries SET topic_set = coalesce(
        (SELECT group_concat(s, char(10)) FROM
            (SELECT topic_id || char(9) || level AS s FROM entry_topics WHERE entry_id = OLD.entry_id ORDER BY topic_id)),
        '')
    WHERE id = OLD.entry_id;
END;

CREATE TRIGGER entry_topics_set_update AFTER UPDATE OF entry_id, topic_id, level ON entry_topics BEGIN
    UPDATE entries SET topic_set = coalesce(
        (SELECT group_concat(s, char(10)) FROM
            (SELECT topic_id || char(9) || level AS s FROM entry_topics WHERE entry_id = entries.id ORDER BY topic_id)),
        '')
    WHERE id IN (OLD.entry_id, NEW.entry_id);
END;

-- Replaces migration 005's entries_topic_coverage (id, date, end_date, hours), which only the
-- coverage join used.
DROP INDEX entries_topic_coverage;
CREATE INDEX entries_topic_sets ON entries(topic_set, date, end_date, hours, deleted_at) WHERE deleted_at IS NULL;
