-- Revalidation: the profile and the records the NMC asks for beside CPD (practice hours,
-- reflective discussion, confirmation, declarations) and the GP's review of last year's PDP.
-- The full JSON form of each is kept in "data" so nothing a newer version wrote is lost; the
-- columns the rules select on are kept beside it.
CREATE TABLE revalidation_profile (
    id TEXT PRIMARY KEY NOT NULL,
    singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1), -- one profile per journal
    data TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);

CREATE TABLE revalidation_records (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,          -- practice-hours | discussion | confirmation | declaration | pdp-review
    date_from TEXT NOT NULL,     -- YYYY-MM-DD; the record's date, or the first day it covers
    date_to TEXT NOT NULL,       -- the last day it covers (the same day for a dated record)
    hours REAL NOT NULL DEFAULT 0,
    data TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    CHECK (date_from <= date_to)
);
CREATE INDEX revalidation_records_by_type ON revalidation_records(type, date_to);

-- Status over a 100,000-entry journal must take well under 100 ms, and the entries table is
-- large (reflections are stored inline), so the rules read a covering index instead of rows.
-- nmc_account classifies an entry against the NMC's written reflective account rule: 0 not on
-- the NMC form; 1 on it but draft or incomplete; 2 four answers filled in, a Code theme chosen,
-- and final. The answer keys are the NMC template's (ReflectionTemplates::fieldKeys("nmc")).
ALTER TABLE entries ADD COLUMN nmc_account INTEGER GENERATED ALWAYS AS (
    CASE WHEN template = 'nmc' THEN 1 + (
        status = 'final'
        AND json_valid(code_themes) AND json_array_length(code_themes) > 0
        AND json_valid(reflection)
        AND length(trim(coalesce(json_extract(reflection, '$.nature'), ''))) > 0
        AND length(trim(coalesce(json_extract(reflection, '$.learned'), ''))) > 0
        AND length(trim(coalesce(json_extract(reflection, '$.changed'), ''))) > 0
        AND length(trim(coalesce(json_extract(reflection, '$.code'), ''))) > 0)
    ELSE 0 END) VIRTUAL;
CREATE INDEX entries_evidence ON entries(date, end_date, activity, feedback_source, nmc_account, hours,
                                         participatory_hours, credits, id, deleted_at)
    WHERE deleted_at IS NULL;
