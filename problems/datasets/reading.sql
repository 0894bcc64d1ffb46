-- reading: a news app's article views, 3-5 June 2024, with each reader's own inactivity timeout.
-- Used for sessionization where the timeout differs per reader.
CREATE TABLE readers (
  reader_id   INTEGER PRIMARY KEY,
  timeout_min INTEGER CHECK (timeout_min > 0)   -- the reader's "away after" setting in minutes; NULL = default 30
);
CREATE TABLE article_views (
  view_id    INTEGER PRIMARY KEY,
  reader_id  INTEGER NOT NULL REFERENCES readers(reader_id),
  viewed_at  TEXT NOT NULL,     -- 'YYYY-MM-DD HH:MM:SS'
  article_id INTEGER NOT NULL
);
INSERT INTO readers VALUES (1,5),(2,NULL),(3,60),(4,NULL),(5,15),(6,10);
INSERT INTO article_views VALUES
 (1,1,'2024-06-03 07:00:00',501),
 (2,1,'2024-06-03 07:04:00',502),
 (3,1,'2024-06-03 07:09:00',507),
 (4,1,'2024-06-03 07:15:00',503),
 (5,1,'2024-06-03 07:18:00',501),
 (6,2,'2024-06-03 12:00:00',510),
 (7,2,'2024-06-03 12:20:00',511),
 (8,2,'2024-06-03 12:48:00',512),
 (9,2,'2024-06-03 20:10:00',513),
 (10,3,'2024-06-04 06:30:00',520),
 (11,3,'2024-06-04 07:15:00',521),
 (12,3,'2024-06-04 07:20:00',522),
 (13,4,'2024-06-04 22:00:00',530),
 (14,4,'2024-06-04 22:12:00',531),
 (15,4,'2024-06-05 08:00:00',532),
 (16,4,'2024-06-05 08:31:00',533),
 (17,5,'2024-06-05 13:00:00',540),
 (18,5,'2024-06-05 13:14:00',541),
 (19,5,'2024-06-05 13:30:00',542);
