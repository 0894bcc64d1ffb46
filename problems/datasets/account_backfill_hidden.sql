-- account_backfill (hidden variant): same schema. Signup rows of a missing account arrive out of time
-- order (a smaller signup_id is not the earliest), two rows share the earliest timestamp, and
-- anonymous signups have a NULL account_id.
CREATE TABLE accounts (
  account_id  INTEGER PRIMARY KEY,
  email       TEXT NOT NULL,
  plan        TEXT NOT NULL,
  created_at  TEXT NOT NULL
);
CREATE TABLE signups (
  signup_id     INTEGER PRIMARY KEY,
  account_id    INTEGER,
  email         TEXT NOT NULL,
  plan          TEXT NOT NULL,
  signed_up_at  TEXT NOT NULL
);
INSERT INTO accounts VALUES
  (10, 'jo@example.com',  'pro',  '2024-03-01 09:00:00'),
  (11, 'kai@example.com', 'free', '2024-03-02 10:00:00');
INSERT INTO signups VALUES
  (2001, NULL, 'anon1@example.com', 'free',  '2024-04-01 10:00:00'),
  (2002, 20,   'lee@work.example',  'basic', '2024-05-03 12:00:00'),
  (2003, 20,   'lee@example.com',   'pro',   '2024-05-01 08:30:00'),
  (2004, 21,   'mo@example.com',    'free',  '2024-05-02 09:00:00'),
  (2005, 21,   'mo@example.org',    'basic', '2024-05-02 09:00:00'),
  (2006, 11,   'kai@new.example',   'pro',   '2024-05-04 11:00:00'),
  (2007, NULL, 'anon2@example.com', 'basic', '2024-05-05 15:00:00'),
  (2008, 22,   'nia@example.com',   'basic', '2024-05-06 18:20:00');
