-- Evidence: guidelines, feeds, case notes and social-media finds, linked to entries.
-- Linking evidence to an entry also adds it to the entry's links, so its title feeds the
-- entry's search through entry_fts.links; these join tables say which evidence it came from.
CREATE TABLE guidelines (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    publisher TEXT NOT NULL DEFAULT '',
    identifier TEXT NOT NULL DEFAULT '', -- e.g. NG136, SIGN 158
    url TEXT NOT NULL DEFAULT '',
    published TEXT,                      -- YYYY-MM-DD
    updated TEXT,                        -- YYYY-MM-DD
    notes TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
);
CREATE INDEX guidelines_by_title ON guidelines(title COLLATE NOCASE);

CREATE TABLE entry_guidelines (
    entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE ON UPDATE CASCADE,
    guideline_id TEXT NOT NULL REFERENCES guidelines(id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, guideline_id)
) WITHOUT ROWID;
CREATE INDEX entry_guidelines_by_guideline ON entry_guidelines(guideline_id);

-- Anonymised case notes: an age band, never a date of birth.
CREATE TABLE case_notes (
    id TEXT PRIMARY KEY,
    summary TEXT NOT NULL,
    setting TEXT NOT NULL DEFAULT '',
    age_band TEXT NOT NULL DEFAULT '',
    learning_points TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    follow_up TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);

CREATE TABLE entry_cases (
    entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE ON UPDATE CASCADE,
    case_id TEXT NOT NULL REFERENCES case_notes(id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, case_id)
) WITHOUT ROWID;
CREATE INDEX entry_cases_by_case ON entry_cases(case_id);

-- Social-media finds: posts, likes, bookmarks and quick captures. (platform, original_id)
-- makes imports idempotent; quick captures have no original id (NULLs never clash).
CREATE TABLE social_finds (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'post',   -- post | like | boost | bookmark | capture
    platform TEXT NOT NULL,              -- x | mastodon | bookmark | web
    original_id TEXT,
    url TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    posted TEXT,                         -- ISO 8601, UTC
    excerpt TEXT NOT NULL DEFAULT '',
    hashtags TEXT NOT NULL DEFAULT '[]', -- JSON array, without '#'
    chat TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    UNIQUE (platform, original_id)
);
CREATE INDEX social_finds_by_posted ON social_finds(posted);

CREATE TABLE entry_finds (
    entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE ON UPDATE CASCADE,
    find_id TEXT NOT NULL REFERENCES social_finds(id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, find_id)
) WITHOUT ROWID;

-- Suggested tweet chats the user accepted (entry_id set) or discarded, so they are not offered again.
CREATE TABLE chat_decisions (
    chat_key TEXT PRIMARY KEY,           -- lower-case hashtag @ evening date, e.g. wenurses@2026-03-03
    decision TEXT NOT NULL CHECK (decision IN ('accepted', 'discarded')),
    entry_id TEXT REFERENCES entries(id) ON DELETE SET NULL,
    decided TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE feeds (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    site_url TEXT NOT NULL DEFAULT '',
    last_refreshed TEXT,
    last_error TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
);

CREATE TABLE feed_items (
    id TEXT PRIMARY KEY,
    feed_id TEXT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    published TEXT,
    fetched TEXT NOT NULL,
    UNIQUE (feed_id, guid)
);
CREATE INDEX feed_items_by_published ON feed_items(feed_id, published DESC);
