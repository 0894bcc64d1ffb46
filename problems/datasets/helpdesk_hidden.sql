-- helpdesk (hidden): same schema. Traps: a ticket closed at 2023-12-31 23:59:59 and one at 2024-01-01 00:00:00, a closed ticket
-- opened long ago but closed recently, an old ticket that was reopened (status open, closed_at still set from the first
-- closure), an open ticket opened long ago.
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
 (11,'acme','closed','2023-12-30 10:00:00','2023-12-31 23:59:59'),
 (12,'acme','closed','2023-12-31 20:00:00','2024-01-01 00:00:00'),
 (13,'globex','closed','2022-09-09 09:00:00','2024-01-02 08:00:00'),
 (14,'initech','open','2023-03-03 10:00:00','2023-03-05 10:00:00'),
 (15,'umbrella','open','2022-01-01 10:00:00',NULL),
 (16,'hooli','closed','2023-04-04 10:00:00','2023-04-05 10:00:00');
INSERT INTO tickets_archive VALUES
 (92,'acme','2022-02-02 09:00:00','2022-02-03 09:00:00','2023-01-16');
