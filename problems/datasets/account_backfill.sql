-- account_backfill: an accounts table and the raw signup log it should have been built from.
-- Some accounts never made it into `accounts`; a missing account can have several signup rows.
CREATE TABLE accounts (
  account_id  INTEGER PRIMARY KEY,
  email       TEXT NOT NULL,
  plan        TEXT NOT NULL,          -- 'free' | 'basic' | 'pro'
  created_at  TEXT NOT NULL           -- 'YYYY-MM-DD HH:MM:SS'
);
CREATE TABLE signups (
  signup_id     INTEGER PRIMARY KEY,
  account_id    INTEGER,              -- NULL for abandoned anonymous signups
  email         TEXT NOT NULL,
  plan          TEXT NOT NULL,
  signed_up_at  TEXT NOT NULL         -- 'YYYY-MM-DD HH:MM:SS'
);
INSERT INTO accounts VALUES
  (1, 'ana@example.com',   'free',  '2024-01-03 10:00:00'),
  (2, 'ben@example.com',   'pro',   '2024-01-05 12:30:00'),
  (3, 'cleo@example.com',  'basic', '2024-01-09 08:15:00'),
  (4, 'dev@example.com',   'free',  '2024-01-12 19:45:00'),
  (5, 'eli@example.com',   'basic', '2024-01-20 07:05:00');
INSERT INTO signups VALUES
  (1001, 1, 'ana@example.com',      'free',  '2024-01-03 10:00:00'),
  (1002, 3, 'cleo.new@example.com', 'pro',   '2024-02-01 09:00:00'),
  (1003, 6, 'fay@example.com',      'pro',   '2024-02-02 11:20:00'),
  (1004, 6, 'fay@work.example',     'basic', '2024-02-10 16:00:00'),
  (1005, 7, 'gus@example.com',      'free',  '2024-02-04 13:10:00'),
  (1006, 8, 'hana@example.com',     'basic', '2024-02-06 08:00:00'),
  (1007, 8, 'hana@example.com',     'basic', '2024-02-06 08:05:00'),
  (1008, 8, 'hana@example.org',     'free',  '2024-02-07 21:30:00'),
  (1009, 2, 'ben@example.com',      'free',  '2024-02-08 10:10:00'),
  (1010, 9, 'ivo@example.com',      'free',  '2024-02-09 17:45:00');
