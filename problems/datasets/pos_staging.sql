-- pos_staging: a staging table of till receipts lines from three stores, 2 April 2024, before the
-- nightly load. The import job was retried after a timeout and appended some batches a second
-- time, so the table holds exact duplicate rows. It has no key: only SQLite's rowid tells copies apart.
CREATE TABLE sales_staging (
  store_id   INTEGER NOT NULL,
  sku        TEXT NOT NULL,
  qty        INTEGER NOT NULL,
  sold_at    TEXT NOT NULL,      -- 'YYYY-MM-DD HH:MM:SS', the till's clock
  promo_code TEXT                -- NULL when no promotion applied
);
INSERT INTO sales_staging VALUES
 (1,'MILK-1L',2,'2024-04-02 08:15:10',NULL),
 (1,'BREAD-SD',1,'2024-04-02 08:15:10',NULL),
 (1,'COFFEE-250',1,'2024-04-02 08:20:44','SPRING10'),
 (2,'MILK-1L',1,'2024-04-02 09:01:05',NULL),
 (2,'APPLES-1K',3,'2024-04-02 09:01:05','SPRING10'),
 (3,'PASTA-500',4,'2024-04-02 10:30:00',NULL),
 (3,'PASTA-500',2,'2024-04-02 10:30:00',NULL),
 (1,'COFFEE-250',1,'2024-04-02 08:20:44','SPRING10'),
 (2,'APPLES-1K',3,'2024-04-02 09:01:05','SPRING10'),
 (2,'APPLES-1K',3,'2024-04-02 09:01:05','SPRING10'),
 (3,'OIL-750',1,'2024-04-02 11:45:12','BUNDLE2'),
 (3,'OIL-750',1,'2024-04-02 11:45:12',NULL);
