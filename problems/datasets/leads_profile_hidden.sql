-- leads (hidden, profiles): same schema. A person whose first typed name and first source are on
-- different leads, a person who never typed a name (and whose first lead has xutm_source), lead ids
-- out of time order, two leads of one person in the same second with different names (smaller id first).
CREATE TABLE leads (
  lead_id    INTEGER PRIMARY KEY,
  email      TEXT NOT NULL,     -- as typed: stray spaces and capitals happen
  full_name  TEXT,              -- NULL when the field was left empty
  landing_url TEXT NOT NULL,    -- the page the visitor arrived on, with its query string
  created_at TEXT NOT NULL      -- 'YYYY-MM-DD HH:MM:SS'
);
INSERT INTO leads VALUES
 (21,'oli@example.com',NULL,'https://site.example/?utm_source=meetup','2024-03-02 09:00:00'),
 (22,'Oli@example.com ','Oli Park','https://site.example/pricing','2024-03-04 09:00:00'),
 (23,'oli@example.com','Oliver Park','https://site.example/?utm_source=google','2024-03-06 09:00:00'),
 (24,'pia@example.com',NULL,'https://site.example/demo?xutm_source=partner&utm_medium=cpc','2024-03-03 12:00:00'),
 (25,' PIA@example.com',NULL,'https://site.example/?utm_source=Twitter','2024-03-05 12:00:00'),
 (27,'quinn@example.com','Quinn Lee','https://site.example/?utm_source=podcast','2024-03-01 15:00:00'),
 (26,'quinn@example.com','Q. Lee','https://site.example/?utm_source=bing','2024-03-08 15:00:00'),
 (29,'rui@example.pt','R. Alves','https://site.example/','2024-03-09 11:30:00'),
 (28,'rui@example.pt','Rui Alves','https://site.example/pricing','2024-03-09 11:30:00');
