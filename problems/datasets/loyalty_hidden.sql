-- loyalty (hidden variant): same schema. Net 2024 spend lands exactly on the 500 and 1000 thresholds,
-- and purchases on 2024-12-31 during the day (they count for 2024) and on 2025-01-01 (they do not).
CREATE TABLE members (
  member_id  INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  tier       TEXT NOT NULL
);
CREATE TABLE purchases (
  purchase_id   INTEGER PRIMARY KEY,
  member_id     INTEGER NOT NULL,
  purchased_at  TEXT NOT NULL,
  amount        INTEGER NOT NULL
);
INSERT INTO members VALUES
  (11, 'Hal',  'bronze'),
  (12, 'Ivy',  'bronze'),
  (13, 'Jon',  'silver'),
  (14, 'Kim',  'gold'),
  (15, 'Lou',  'bronze');
INSERT INTO purchases VALUES
  (101, 11, '2024-04-01 10:00:00', 1000),
  (102, 12, '2024-05-01 10:00:00',  600),
  (103, 12, '2024-05-09 10:00:00', -100),
  (104, 13, '2024-12-31 21:15:00',  800),
  (105, 14, '2025-01-01 00:30:00', 2000),
  (106, 14, '2024-03-03 03:03:00',  100),
  (107, 15, '2024-12-31 08:00:00',  -50),
  (108, 15, '2024-10-10 10:10:00',   30);
-- Lou's 2024 net spend is -20: still 'bronze' (has 2024 purchases).
