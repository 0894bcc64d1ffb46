-- crm_import: a CRM's contacts and a batch of rows imported from a trade-show scanner on 2024-10-02.
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
 ('ada@example.com','Ada Byrne','+1 555 0101','2024-05-01 10:00:00'),
 ('ben@example.com',NULL,'+1 555 0102','2024-06-11 09:00:00'),
 ('cleo@example.com','Cleo Marsh',NULL,'2024-07-20 15:30:00'),
 ('dev@example.com','Dev Rao','+1 555 0104','2024-10-02 12:00:00');
INSERT INTO contact_imports VALUES
 (1,'ben@example.com','Ben Ortiz','+1 555 0199','2024-10-02 09:15:00'),
 (2,'cleo@example.com','C. Marsh','+1 555 0103','2024-10-02 09:20:00'),
 (3,'eve@example.com','Eve Lind','+1 555 0105','2024-10-02 09:30:00'),
 (4,'dev@example.com','Devendra Rao','+1 555 0198','2024-10-02 09:40:00'),
 (5,'fay@example.com','Fay Ng',NULL,'2024-10-02 10:05:00'),
 (6,'ada@example.com',NULL,NULL,'2024-10-02 10:10:00');
