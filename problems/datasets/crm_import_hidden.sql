-- crm_import (hidden): same schema. Traps: emails with spaces and capitals, one new person scanned twice (the later scan wins),
-- an import with a NULL phone for a contact who has one, an import older than the stored contact, a known name not to be
-- overwritten, a new contact whose only scans have a NULL name,
-- two scans of one person in the same second (the larger import_id wins), an import exactly as old as the stored contact.
CREATE TABLE contacts (
  email      TEXT PRIMARY KEY,   -- stored normalized: trimmed, lower case
  name       TEXT,               -- NULL when unknown
  phone      TEXT,               -- NULL when unknown
  updated_at TEXT NOT NULL       -- 'YYYY-MM-DD HH:MM:SS' of the last change
);
CREATE TABLE contact_imports (
  import_id   INTEGER PRIMARY KEY,
  email       TEXT NOT NULL,     -- as scanned: may have spaces and capitals
  name        TEXT,
  phone       TEXT,
  imported_at TEXT NOT NULL      -- 'YYYY-MM-DD HH:MM:SS'
);
INSERT INTO contacts VALUES
 ('gil@example.com',NULL,'+1 555 0201','2024-09-01 10:00:00'),
 ('hal@example.com','Hal Moss','+1 555 0202','2024-09-02 10:00:00'),
 ('ivy@example.com','Ivy Chen','+1 555 0203','2024-10-02 18:00:00'),
 ('mo@example.com','Mo Adel','+1 555 0207','2024-10-02 08:00:00');
INSERT INTO contact_imports VALUES
 (1,' Gil@Example.com','Gil Amar',NULL,'2024-10-02 09:00:00'),
 (2,'HAL@example.com ','Harold Moss','+1 555 0292','2024-10-02 09:10:00'),
 (3,'ivy@example.com','Ivy C.','+1 555 0293','2024-10-02 09:20:00'),
 (4,'jo@example.com','Jo Park','+1 555 0204','2024-10-02 09:30:00'),
 (5,' JO@example.com','Joanne Park','+1 555 0294','2024-10-02 11:30:00'),
 (6,'kai@example.com',NULL,'+1 555 0205','2024-10-02 12:00:00'),
 (7,'lu@example.com','Lu Wen','+1 555 0206','2024-10-02 13:00:00'),
 (8,'LU@example.com','Lu Wen','+1 555 0296','2024-10-02 13:00:00'),
 (9,'mo@example.com','Mo Adel','+1 555 0297','2024-10-02 08:00:00');
