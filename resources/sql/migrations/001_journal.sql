-- Entries and what hangs off them. seq is the stable integer key the search index uses
-- (a plain rowid could be renumbered by VACUUM); id is the UUID the world sees.
CREATE TABLE entries (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    date TEXT NOT NULL,
    end_date TEXT,
    activity TEXT NOT NULL,
    hours REAL NOT NULL DEFAULT 0,
    participatory_hours REAL NOT NULL DEFAULT 0,
    credits REAL,
    template TEXT NOT NULL,
    reflection TEXT NOT NULL DEFAULT '{}',
    code_themes TEXT NOT NULL DEFAULT '[]',
    gmp_domains TEXT NOT NULL DEFAULT '[]',
    feedback_source TEXT,
    feedback_type TEXT,
    status TEXT NOT NULL DEFAULT 'draft',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    extra TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX entries_by_date ON entries(date DESC, seq DESC);

CREATE TABLE entry_tags (
    entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    tag TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (entry_id, tag)
);
CREATE INDEX entry_tags_by_tag ON entry_tags(tag);

CREATE TABLE entry_links (
    entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entry_id, position)
);

CREATE TABLE entry_topics (
    entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    topic_id TEXT NOT NULL,
    level TEXT NOT NULL,
    PRIMARY KEY (entry_id, topic_id)
);
CREATE INDEX entry_topics_by_topic ON entry_topics(topic_id);
