-- leads (hidden): same schema. Traps: leading and trailing spaces around emails, an email that differs only in capitals and
-- spaces from another, utm_source as the last parameter and in the middle, a parameter whose name ends in utm_source
-- (xutm_source), an empty utm_source value, a URL fragment after the parameter, lead ids out of time order (kim, lea),
-- a person whose only lead has no query string at all, two leads of one person in the same second (smaller id first).
CREATE TABLE leads (
  lead_id    INTEGER PRIMARY KEY,
  email      TEXT NOT NULL,     -- as typed: stray spaces and capitals happen
  full_name  TEXT,              -- NULL when the field was left empty
  landing_url TEXT NOT NULL,    -- the page the visitor arrived on, with its query string
  created_at TEXT NOT NULL      -- 'YYYY-MM-DD HH:MM:SS'
);
INSERT INTO leads VALUES
 (1,' ines@example.com','Ines Costa','https://site.example/?utm_source=google','2024-03-01 10:00:00'),
 (2,'INES@example.com ','Ines Costa','https://site.example/pricing?utm_medium=cpc&utm_source=google&utm_campaign=x','2024-03-02 10:00:00'),
 (3,'  Ines@Example.com  ',NULL,'https://site.example/demo?xutm_source=partner&utm_source=Bing','2024-03-03 10:00:00'),
 (4,'jon@example.com','Jon Berg','https://site.example/?utm_source=&utm_medium=email','2024-03-04 10:00:00'),
 (5,'kim@example.com','Kim Ng','https://site.example/?utm_source=newsletter#signup','2024-03-05 10:00:00'),
 (6,'KIM@example.com','Kim Ng','https://site.example/?ref=friend','2024-03-01 08:00:00'),
 (7,'lea@example.com','Lea Roth','https://site.example/?utm_medium=social&utm_source=LinkedIn','2024-03-07 10:00:00'),
 (8,' Lea@example.com','Lea Roth','https://site.example/?utm_source=bing','2024-03-02 10:00:00'),
 (9,'max@example.com','Max Roy','https://site.example/about','2024-03-08 10:00:00'),
 (10,'noa@example.com','Noa Levi','https://site.example/?utm_source=podcast','2024-03-09 10:00:00'),
 (11,'NOA@example.com','Noa Levi','https://site.example/?utm_source=google','2024-03-09 10:00:00');
