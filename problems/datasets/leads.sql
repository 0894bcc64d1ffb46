-- leads: sign-up form submissions collected by a B2B startup's website, March 2024. Typed by hand, so messy.
CREATE TABLE leads (
  lead_id    INTEGER PRIMARY KEY,
  email      TEXT NOT NULL,     -- as typed: stray spaces and capitals happen
  full_name  TEXT,              -- NULL when the field was left empty
  landing_url TEXT NOT NULL,    -- the page the visitor arrived on, with its query string
  created_at TEXT NOT NULL      -- 'YYYY-MM-DD HH:MM:SS'
);
INSERT INTO leads VALUES
 (1,'ana.lima@example.com','Ana Lima','https://site.example/pricing?utm_source=google&utm_medium=cpc','2024-03-01 09:12:00'),
 (2,'Ana.Lima@Example.com','ana lima','https://site.example/?utm_source=newsletter','2024-03-04 18:40:00'),
 (3,'bo.chen@example.org','Bo Chen','https://site.example/blog/sql?ref=hn','2024-03-02 11:00:00'),
 (4,'carla@example.net','Carla Ruiz','https://site.example/pricing?utm_medium=cpc&utm_source=Google','2024-03-03 08:30:00'),
 (5,'DEV@EXAMPLE.COM','Dev Patel','https://site.example/?utm_source=linkedin&utm_campaign=spring','2024-03-03 14:00:00'),
 (6,'dev@example.com','D. Patel','https://site.example/demo?utm_source=linkedin','2024-03-05 10:10:00'),
 (7,'eli@example.io',NULL,'https://site.example/','2024-03-06 16:45:00'),
 (8,'fatou@example.com','Fatou Diop','https://site.example/pricing?utm_source=google&utm_medium=cpc&utm_campaign=brand','2024-03-07 07:55:00'),
 (9,'Fatou@example.com','Fatou Diop','https://site.example/?utm_source=GOOGLE','2024-03-09 12:00:00'),
 (10,'gus@example.de','Gus Weber','https://site.example/demo?utm_campaign=spring&utm_source=newsletter','2024-03-10 09:00:00'),
 (11,'hana@example.jp','Hana Sato','https://site.example/blog?ref=twitter','2024-03-11 21:30:00'),
 (12,'eli@example.io','Eli Kaplan','https://site.example/pricing?utm_source=bing','2024-03-12 13:20:00');
