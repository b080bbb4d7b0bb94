-- Autosaved drafts: what the editor held a few seconds before a crash or power cut.
CREATE TABLE drafts (
    key TEXT PRIMARY KEY NOT NULL,
    entry_id TEXT,
    json TEXT NOT NULL,
    saved TEXT NOT NULL
);
