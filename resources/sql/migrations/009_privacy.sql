-- "Not an identifier" answers from the confidentiality scanner, keyed by kind and normalised
-- text (DismissalStore::normalise), so a dismissal holds wherever the same text appears again.
CREATE TABLE privacy_dismissals (
    kind TEXT NOT NULL CHECK (kind IN ('nhs_number', 'postcode', 'phone', 'email', 'date_of_birth', 'person_name')),
    text TEXT NOT NULL CHECK (text <> ''),
    created TEXT NOT NULL,
    PRIMARY KEY (kind, text)
) WITHOUT ROWID;
