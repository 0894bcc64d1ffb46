-- helpdesk: support tickets and their archive table; the yearly clean-up runs on 2024-01-15.
CREATE TABLE tickets (
  ticket_id  INTEGER PRIMARY KEY,
  customer   TEXT NOT NULL,
  status     TEXT NOT NULL,      -- 'open' | 'pending' | 'closed'
  opened_at  TEXT NOT NULL,      -- 'YYYY-MM-DD HH:MM:SS'
  closed_at  TEXT                -- NULL unless closed
);
CREATE TABLE tickets_archive (
  ticket_id   INTEGER PRIMARY KEY,
  customer    TEXT NOT NULL,
  opened_at   TEXT NOT NULL,
  closed_at   TEXT NOT NULL,
  archived_on TEXT NOT NULL      -- 'YYYY-MM-DD'
);
INSERT INTO tickets VALUES
 (1,'acme','closed','2023-02-01 09:00:00','2023-02-03 17:00:00'),
 (2,'acme','closed','2023-06-10 10:00:00','2023-06-12 11:00:00'),
 (3,'globex','open','2023-08-01 08:00:00',NULL),
 (4,'initech','closed','2023-11-20 14:00:00','2023-12-01 09:30:00'),
 (5,'globex','pending','2023-12-15 12:00:00',NULL),
 (6,'umbrella','closed','2023-12-28 16:00:00','2024-01-04 10:00:00'),
 (7,'acme','closed','2024-01-05 09:00:00','2024-01-06 09:00:00'),
 (8,'initech','open','2024-01-10 11:00:00',NULL);
INSERT INTO tickets_archive VALUES
 (90,'acme','2021-03-01 09:00:00','2021-03-02 09:00:00','2022-01-14'),
 (91,'hooli','2022-05-05 10:00:00','2022-05-09 15:00:00','2023-01-16');
