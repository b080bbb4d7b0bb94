-- Team server (issue 7, PostgreSQL shared store), member side.
--
-- Where the organisation's server is and how to reach it. Never the password: it lives only in
-- the OS keychain (SecretStore key "team-server/<user>@<host>:<port>/<database>").
CREATE TABLE team_server_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    host TEXT NOT NULL CHECK (host <> ''),
    port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
    database TEXT NOT NULL CHECK (database <> ''),
    user_name TEXT NOT NULL CHECK (user_name <> ''),
    tls_mode TEXT NOT NULL CHECK (tls_mode IN ('disable', 'prefer', 'require', 'verify-full')),
    ca_file TEXT NOT NULL DEFAULT '',
    connect_timeout INTEGER NOT NULL DEFAULT 5 CHECK (connect_timeout BETWEEN 1 AND 300),
    -- The member id summaries are published under when the journal has no team_identity yet,
    -- and the sequence of the last summary queued (each new one is greater).
    member_id TEXT NOT NULL CHECK (length(member_id) = 36),
    last_sequence INTEGER NOT NULL DEFAULT 0 CHECK (last_sequence >= 0),
    updated TEXT NOT NULL
);

-- Changes waiting to be published (offline first): the latest summary, and each shared entry
-- with the manager logins it is shared with (none: withdraw it). A newer change to the same
-- item replaces the queued one; an item leaves the queue only once the server has it.
CREATE TABLE team_publish_queue (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('summary', 'entry')),
    item_key TEXT NOT NULL CHECK (item_key <> ''),
    payload TEXT NOT NULL,
    queued TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, item_key)
);
