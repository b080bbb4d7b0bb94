-- CPD Journal's shared team store on PostgreSQL (15 or later), applied by
-- `cpdjournal-cli team server init` as a superuser, one numbered file per schema version.
-- Who sees what is decided here, in the database, by row-level security; the app's logins get
-- no table privileges beyond what the policies need, and own nothing.
--
-- Roles (cluster-wide, NOLOGIN):
--   cpd_owner    owns the schema and every table; no login, nobody is a member of it.
--   cpd_lookup   owns the SECURITY DEFINER helpers the policies call (who am I, whom do I
--                manage); reads only the directory tables (members, team_members).
--   cpd_member   every member's login is in it: reads and writes only its own rows.
--   cpd_manager  managers' logins are in it too: reads the summaries of their teams' members
--                and the entries those members chose to share with them.
-- A member's login role (one per person) is what the app connects as.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cpd_owner') THEN
        CREATE ROLE cpd_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cpd_lookup') THEN
        CREATE ROLE cpd_lookup NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cpd_member') THEN
        CREATE ROLE cpd_member NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cpd_manager') THEN
        CREATE ROLE cpd_manager NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA IF NOT EXISTS cpd AUTHORIZATION cpd_owner;
REVOKE ALL ON SCHEMA cpd FROM PUBLIC;
GRANT USAGE ON SCHEMA cpd TO cpd_member, cpd_manager, cpd_lookup;
-- Nobody but the owner may create objects in public either (PostgreSQL 15 already revokes it).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

SET ROLE cpd_owner;

CREATE TABLE cpd.schema_version (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE cpd.organisations (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL UNIQUE CHECK (name <> '')
);

CREATE TABLE cpd.teams (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id uuid NOT NULL REFERENCES cpd.organisations (id) ON DELETE CASCADE,
    name text NOT NULL CHECK (name <> ''),
    UNIQUE (organisation_id, name)
);

-- One row per person; login is the PostgreSQL login role the person connects as.
CREATE TABLE cpd.members (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    login name NOT NULL UNIQUE,
    name text NOT NULL CHECK (name <> ''),
    role text NOT NULL DEFAULT '',
    registration text NOT NULL DEFAULT ''
);

CREATE TABLE cpd.team_members (
    team_id uuid NOT NULL REFERENCES cpd.teams (id) ON DELETE CASCADE,
    member_id uuid NOT NULL REFERENCES cpd.members (id) ON DELETE CASCADE,
    is_manager boolean NOT NULL DEFAULT false,
    PRIMARY KEY (team_id, member_id)
);
CREATE INDEX team_members_member ON cpd.team_members (member_id);

-- The member's latest summary (TeamSummary JSON without the shared entries, which live in
-- shared_entries so each can be shown only to the managers chosen for it).
CREATE TABLE cpd.summaries (
    member_id uuid PRIMARY KEY REFERENCES cpd.members (id) ON DELETE CASCADE,
    summary_id uuid NOT NULL,
    sequence bigint NOT NULL DEFAULT 0,
    generated_at timestamptz NOT NULL,
    summary jsonb NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE cpd.shared_entries (
    member_id uuid NOT NULL REFERENCES cpd.members (id) ON DELETE CASCADE,
    entry_id uuid NOT NULL,
    title text NOT NULL DEFAULT '',
    entry jsonb NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (member_id, entry_id)
);

-- Which managers a member chose for each shared entry.
CREATE TABLE cpd.entry_shares (
    member_id uuid NOT NULL,
    entry_id uuid NOT NULL,
    manager_id uuid NOT NULL REFERENCES cpd.members (id) ON DELETE CASCADE,
    PRIMARY KEY (member_id, entry_id, manager_id),
    FOREIGN KEY (member_id, entry_id) REFERENCES cpd.shared_entries (member_id, entry_id) ON DELETE CASCADE
);
CREATE INDEX entry_shares_manager ON cpd.entry_shares (manager_id);

CREATE TABLE cpd.manager_notes (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    manager_id uuid NOT NULL REFERENCES cpd.members (id) ON DELETE CASCADE,
    member_id uuid NOT NULL REFERENCES cpd.members (id) ON DELETE CASCADE,
    note text NOT NULL DEFAULT '',
    signed_off boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX manager_notes_member ON cpd.manager_notes (member_id);

RESET ROLE;

-- Helpers the policies call. SECURITY DEFINER as cpd_lookup, which may read only the directory
-- tables; session_user (not current_user) so SET ROLE cannot make anyone someone else.
GRANT SELECT ON cpd.members, cpd.team_members TO cpd_lookup;

CREATE FUNCTION cpd.my_member_id() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT id FROM cpd.members WHERE login = session_user $$;

-- True when the session's member manages a team that member belongs to.
CREATE FUNCTION cpd.i_manage(member uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT EXISTS (
        SELECT 1 FROM cpd.team_members mgr
        JOIN cpd.team_members tm ON tm.team_id = mgr.team_id
        JOIN cpd.members me ON me.id = mgr.member_id
        WHERE me.login = session_user AND mgr.is_manager AND tm.member_id = member) $$;

-- True when that member manages a team the session's member belongs to.
CREATE FUNCTION cpd.manages_me(manager uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT EXISTS (
        SELECT 1 FROM cpd.team_members mgr
        JOIN cpd.team_members tm ON tm.team_id = mgr.team_id
        JOIN cpd.members me ON me.id = tm.member_id
        WHERE me.login = session_user AND mgr.is_manager AND mgr.member_id = manager) $$;

-- True when the session's member belongs to that team.
CREATE FUNCTION cpd.in_team(team uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT EXISTS (
        SELECT 1 FROM cpd.team_members tm JOIN cpd.members me ON me.id = tm.member_id
        WHERE me.login = session_user AND tm.team_id = team) $$;

ALTER FUNCTION cpd.my_member_id() OWNER TO cpd_lookup;
ALTER FUNCTION cpd.i_manage(uuid) OWNER TO cpd_lookup;
ALTER FUNCTION cpd.manages_me(uuid) OWNER TO cpd_lookup;
ALTER FUNCTION cpd.in_team(uuid) OWNER TO cpd_lookup;
REVOKE ALL ON FUNCTION cpd.my_member_id(), cpd.i_manage(uuid), cpd.manages_me(uuid), cpd.in_team(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cpd.my_member_id(), cpd.i_manage(uuid), cpd.manages_me(uuid), cpd.in_team(uuid)
    TO cpd_member, cpd_manager;

ALTER TABLE cpd.summaries ALTER COLUMN member_id SET DEFAULT cpd.my_member_id();
ALTER TABLE cpd.shared_entries ALTER COLUMN member_id SET DEFAULT cpd.my_member_id();
ALTER TABLE cpd.entry_shares ALTER COLUMN member_id SET DEFAULT cpd.my_member_id();
ALTER TABLE cpd.manager_notes ALTER COLUMN manager_id SET DEFAULT cpd.my_member_id();

-- Row-level security everywhere, forced so even the owner sees only what a policy allows.
ALTER TABLE cpd.schema_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE cpd.schema_version FORCE ROW LEVEL SECURITY;
ALTER TABLE cpd.organisations ENABLE ROW LEVEL SECURITY;
ALTER TABLE cpd.organisations FORCE ROW LEVEL SECURITY;
ALTER TABLE cpd.teams ENABLE ROW LEVEL SECURITY;
ALTER TABLE cpd.teams FORCE ROW LEVEL SECURITY;
ALTER TABLE cpd.members ENABLE ROW LEVEL SECURITY;
ALTER TABLE cpd.members FORCE ROW LEVEL SECURITY;
ALTER TABLE cpd.team_members ENABLE ROW LEVEL SECURITY;
ALTER TABLE cpd.team_members FORCE ROW LEVEL SECURITY;
ALTER TABLE cpd.summaries ENABLE ROW LEVEL SECURITY;
ALTER TABLE cpd.summaries FORCE ROW LEVEL SECURITY;
ALTER TABLE cpd.shared_entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE cpd.shared_entries FORCE ROW LEVEL SECURITY;
ALTER TABLE cpd.entry_shares ENABLE ROW LEVEL SECURITY;
ALTER TABLE cpd.entry_shares FORCE ROW LEVEL SECURITY;
ALTER TABLE cpd.manager_notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE cpd.manager_notes FORCE ROW LEVEL SECURITY;

-- Directory: the helpers read all of it; people read themselves, their teams, their managers
-- and the members they manage.
CREATE POLICY lookup_reads ON cpd.members FOR SELECT TO cpd_lookup USING (true);
CREATE POLICY lookup_reads ON cpd.team_members FOR SELECT TO cpd_lookup USING (true);
CREATE POLICY version_read ON cpd.schema_version FOR SELECT TO cpd_member, cpd_manager USING (true);

CREATE POLICY member_self ON cpd.members FOR SELECT TO cpd_member
    USING (login = session_user OR cpd.manages_me(id));
CREATE POLICY member_self_update ON cpd.members FOR UPDATE TO cpd_member
    USING (login = session_user) WITH CHECK (login = session_user);
CREATE POLICY manager_reads ON cpd.members FOR SELECT TO cpd_manager USING (cpd.i_manage(id));

CREATE POLICY member_own ON cpd.team_members FOR SELECT TO cpd_member
    USING (member_id = cpd.my_member_id() OR (is_manager AND cpd.in_team(team_id)));
CREATE POLICY manager_reads ON cpd.team_members FOR SELECT TO cpd_manager USING (cpd.i_manage(member_id));

CREATE POLICY member_teams ON cpd.teams FOR SELECT TO cpd_member USING (cpd.in_team(id));
CREATE POLICY member_organisations ON cpd.organisations FOR SELECT TO cpd_member
    USING (EXISTS (SELECT 1 FROM cpd.teams t WHERE t.organisation_id = id));

-- Summaries: the owner does everything with their own; a manager reads their teams'.
CREATE POLICY member_own ON cpd.summaries FOR ALL TO cpd_member
    USING (member_id = cpd.my_member_id()) WITH CHECK (member_id = cpd.my_member_id());
CREATE POLICY manager_reads ON cpd.summaries FOR SELECT TO cpd_manager USING (cpd.i_manage(member_id));

-- Shared entries: the owner's, and readable by a manager only when the member chose them.
CREATE POLICY member_own ON cpd.shared_entries FOR ALL TO cpd_member
    USING (member_id = cpd.my_member_id()) WITH CHECK (member_id = cpd.my_member_id());
CREATE POLICY manager_reads_chosen ON cpd.shared_entries FOR SELECT TO cpd_manager
    USING (cpd.i_manage(member_id) AND EXISTS (
        SELECT 1 FROM cpd.entry_shares s
        WHERE s.member_id = shared_entries.member_id AND s.entry_id = shared_entries.entry_id
          AND s.manager_id = cpd.my_member_id()));

-- A member may share only with a manager of one of their own teams.
CREATE POLICY member_own ON cpd.entry_shares FOR ALL TO cpd_member
    USING (member_id = cpd.my_member_id())
    WITH CHECK (member_id = cpd.my_member_id() AND cpd.manages_me(manager_id));
CREATE POLICY manager_reads ON cpd.entry_shares FOR SELECT TO cpd_manager
    USING (manager_id = cpd.my_member_id() AND cpd.i_manage(member_id));

-- Notes and sign-off: written by the manager about a member they manage; the member reads them.
CREATE POLICY manager_own ON cpd.manager_notes FOR ALL TO cpd_manager
    USING (manager_id = cpd.my_member_id() AND cpd.i_manage(member_id))
    WITH CHECK (manager_id = cpd.my_member_id() AND cpd.i_manage(member_id));
CREATE POLICY member_reads ON cpd.manager_notes FOR SELECT TO cpd_member
    USING (member_id = cpd.my_member_id());

-- Table privileges: only what the policies above need.
REVOKE ALL ON ALL TABLES IN SCHEMA cpd FROM PUBLIC;
GRANT SELECT ON cpd.schema_version, cpd.organisations, cpd.teams, cpd.members, cpd.team_members
    TO cpd_member, cpd_manager;
GRANT UPDATE (name, role, registration) ON cpd.members TO cpd_member;
GRANT SELECT, INSERT, UPDATE, DELETE ON cpd.summaries, cpd.shared_entries, cpd.entry_shares TO cpd_member;
GRANT SELECT ON cpd.summaries, cpd.shared_entries, cpd.entry_shares TO cpd_manager;
GRANT SELECT ON cpd.manager_notes TO cpd_member;
GRANT SELECT, INSERT, UPDATE, DELETE ON cpd.manager_notes TO cpd_manager;
