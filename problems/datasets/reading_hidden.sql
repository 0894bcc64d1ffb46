-- reading (hidden): same schema. Nine sessions whose middle length (2:20) is tied with the one before
-- it (0, 0, 0, 2:20, 2:20, 3:30, 5, 7, 30 minutes); gaps of exactly 30:00 on the default timeout and of
-- exactly 5:00 on a 5-minute one (both stay in the session), a gap of 30:20 on the default (a new
-- session); a 45-minute setting with a gap of 62:40; two readers reading in the same minutes.
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
INSERT INTO readers VALUES (1,NULL),(2,45),(3,5),(4,NULL);
INSERT INTO article_views VALUES
 (31,1,'2024-06-03 09:00:00',601),
 (32,1,'2024-06-03 09:30:00',602),
 (33,1,'2024-06-03 10:10:00',603),
 (34,1,'2024-06-03 10:12:20',604),
 (35,2,'2024-06-05 07:05:00',610),
 (36,2,'2024-06-05 07:07:20',611),
 (37,2,'2024-06-05 08:10:00',612),
 (38,2,'2024-06-05 08:17:00',613),
 (39,3,'2024-06-04 18:00:00',620),
 (40,3,'2024-06-04 18:03:30',621),
 (41,3,'2024-06-04 18:09:00',622),
 (42,3,'2024-06-04 18:20:00',623),
 (43,3,'2024-06-04 18:25:00',624),
 (44,4,'2024-06-05 07:00:00',630),
 (45,4,'2024-06-05 07:30:20',631);
