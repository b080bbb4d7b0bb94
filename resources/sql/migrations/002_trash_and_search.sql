-- Trash: nothing is deleted outright from the UI.
ALTER TABLE entries ADD COLUMN deleted_at TEXT;
DROP INDEX entries_by_date;
CREATE INDEX entries_live_by_date ON entries(date DESC, seq DESC) WHERE deleted_at IS NULL;
CREATE INDEX entries_trash ON entries(deleted_at) WHERE deleted_at IS NOT NULL;

-- Full-text search over titles, reflections, tags and link titles (bm25, snippets).
CREATE VIRTUAL TABLE entry_fts USING fts5(
    title, reflection, tags, links,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO entry_fts(rowid, title, reflection, tags, links)
SELECT e.seq, e.title,
       coalesce((SELECT group_concat(value, char(10)) FROM json_each(e.reflection)), ''),
       coalesce((SELECT group_concat(tag, ' ') FROM entry_tags t WHERE t.entry_id = e.id), ''),
       coalesce((SELECT group_concat(title, char(10)) FROM entry_links l WHERE l.entry_id = e.id), '')
FROM entries e;
