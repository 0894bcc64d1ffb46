-- streaming (hidden, a quiet month): same schema, a handful of users. Listening in January, February and March 2024, but no
-- payment at all in February (a billing outage; one listener that month): the month must still be reported, with 0 revenue.
-- Every signup cohort has one user; the last user signed up on 2024-03-31 after listening a few days on a trial.
CREATE TABLE users (
  user_id     INTEGER PRIMARY KEY,
  signup_date TEXT NOT NULL,     -- 'YYYY-MM-DD'
  country     TEXT NOT NULL
);
CREATE TABLE activity (
  user_id  INTEGER NOT NULL REFERENCES users(user_id),
  day      TEXT NOT NULL,        -- 'YYYY-MM-DD'; one row per listening session, so a user can have several rows on one day
  minutes  INTEGER NOT NULL
);
CREATE TABLE payments (
  payment_id   INTEGER PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users(user_id),
  paid_on      TEXT NOT NULL,    -- 'YYYY-MM-DD'
  amount_cents INTEGER NOT NULL  -- a charge (positive)
);
INSERT INTO users VALUES
 (1,'2023-12-05','US'),
 (2,'2024-01-10','DE'),
 (3,'2024-02-14','GB'),
 (4,'2024-03-31','SE');
INSERT INTO activity VALUES
 (1,'2024-01-06',30),(1,'2024-01-06',12),(2,'2024-01-11',25),(1,'2024-02-02',40),(1,'2024-02-15',15),
 (1,'2024-02-20',22),(1,'2024-03-03',18),(3,'2024-03-16',27),(4,'2024-03-25',9);
INSERT INTO payments VALUES
 (1,1,'2024-01-05',999),(2,2,'2024-01-10',499),(3,1,'2024-03-05',999),(4,3,'2024-03-14',1499),(5,2,'2024-03-10',499);
