-- Tags in use come from the index alone (tag, entry_id): listing them never reads entry rows,
-- which on a large journal meant seconds of random reads at start-up.
DROP INDEX entry_tags_by_tag;
CREATE INDEX entry_tags_by_tag ON entry_tags(tag, entry_id);
