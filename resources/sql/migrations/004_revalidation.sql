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
