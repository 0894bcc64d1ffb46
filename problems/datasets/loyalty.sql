-- loyalty: members with a tier to recompute from their purchases (amount < 0 is a refund).
CREATE TABLE members (
  member_id  INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  tier       TEXT NOT NULL            -- last year's tier; to be recomputed
);
CREATE TABLE purchases (
  purchase_id   INTEGER PRIMARY KEY,
  member_id     INTEGER NOT NULL,
  purchased_at  TEXT NOT NULL,        -- 'YYYY-MM-DD HH:MM:SS'
  amount        INTEGER NOT NULL      -- whole dollars; negative for refunds
);
INSERT INTO members VALUES
  (1, 'Ada',   'bronze'),
  (2, 'Bo',    'silver'),
  (3, 'Cy',    'gold'),
  (4, 'Dee',   'gold'),
  (5, 'Eve',   'bronze'),
  (6, 'Finn',  'silver'),
  (7, 'Gia',   'bronze');
INSERT INTO purchases VALUES
  (1,  1, '2024-02-10 10:00:00',  700),
  (2,  1, '2024-06-01 12:00:00',  450),
  (3,  2, '2024-03-05 09:30:00',  620),
  (4,  2, '2024-03-20 14:00:00', -200),
  (5,  3, '2023-11-11 11:11:00', 1500),
  (6,  4, '2024-05-05 15:00:00',  300),
  (7,  4, '2024-09-09 09:09:00',  320),
  (8,  5, '2024-01-15 08:00:00',   40),
  (9,  6, '2023-12-30 20:00:00',  900),
  (10, 6, '2024-07-07 07:07:00',  120),
  (11, 1, '2023-05-05 10:00:00',  999),
  (12, 2, '2024-11-30 18:00:00',   10);
-- member 7 has no purchases at all; member 3 bought only in 2023.
