-- Team review (issue 7), both sides of the offline bundles.
--
-- Member side: this journal's own signing identity. Only the PUBLIC key is stored; the private
-- key lives in the OS keychain (SecretStore key "team-signing-key/<member_id>"), never here.
-- export_sequence grows by one with every bundle exported, so a manager can refuse replays.
CREATE TABLE team_identity (
    member_id TEXT PRIMARY KEY CHECK (length(member_id) = 36),
    public_key BLOB NOT NULL CHECK (length(public_key) = 32),
    created TEXT NOT NULL,
    export_sequence INTEGER NOT NULL DEFAULT 0 CHECK (export_sequence >= 0)
) WITHOUT ROWID;

-- Manager side: the members whose bundles were imported, with the public key recorded at the
-- first import (trust on first use; the fingerprint is shown so it can be checked with them).
CREATE TABLE team_members (
    member_id TEXT PRIMARY KEY CHECK (length(member_id) = 36),
    public_key BLOB NOT NULL CHECK (length(public_key) = 32),
    fingerprint TEXT NOT NULL,
    first_imported TEXT NOT NULL
) WITHOUT ROWID;

-- The latest summary of each member (a newer bundle replaces it; older ones are refused).
-- summary_json is the signed payload exactly as it came; bundle is the whole signed file, so a
-- manager can show or re-verify what was imported.
CREATE TABLE team_summaries (
    member_id TEXT PRIMARY KEY REFERENCES team_members(member_id) ON DELETE CASCADE,
    sequence INTEGER NOT NULL CHECK (sequence >= 1),
    generated_at TEXT NOT NULL,
    name TEXT NOT NULL,
    summary_json TEXT NOT NULL,
    bundle BLOB NOT NULL,
    imported_at TEXT NOT NULL
) WITHOUT ROWID;

-- The manager's notes on a member, newest last.
CREATE TABLE team_notes (
    id INTEGER PRIMARY KEY,
    member_id TEXT NOT NULL REFERENCES team_members(member_id) ON DELETE CASCADE,
    text TEXT NOT NULL CHECK (text <> ''),
    created TEXT NOT NULL
);
CREATE INDEX team_notes_member ON team_notes(member_id, created);

-- The manager's sign-off of a member's summary (which summary: its sequence and generated_at).
CREATE TABLE team_signoffs (
    id INTEGER PRIMARY KEY,
    member_id TEXT NOT NULL REFERENCES team_members(member_id) ON DELETE CASCADE,
    summary_sequence INTEGER NOT NULL,
    summary_generated_at TEXT NOT NULL,
    signed_by TEXT NOT NULL CHECK (signed_by <> ''),
    comment TEXT NOT NULL DEFAULT '',
    signed_at TEXT NOT NULL
);
CREATE INDEX team_signoffs_member ON team_signoffs(member_id, signed_at);
