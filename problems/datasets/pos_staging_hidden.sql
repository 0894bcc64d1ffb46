-- pos_staging (hidden): same schema. A retried batch whose lines have no promo code (NULL), a line
-- loaded three times, and pairs of lines that differ only in qty, only in promo_code,
-- only in store (two tills at the same second) or only in time (the same purchase again in the evening).
CREATE TABLE sales_staging (
  store_id   INTEGER NOT NULL,
  sku        TEXT NOT NULL,
  qty        INTEGER NOT NULL,
  sold_at    TEXT NOT NULL,      -- 'YYYY-MM-DD HH:MM:SS', the till's clock
  promo_code TEXT                -- NULL when no promotion applied
);
INSERT INTO sales_staging VALUES
 (4,'EGGS-12',1,'2024-04-02 07:58:00',NULL),
 (4,'JUICE-1L',2,'2024-04-02 07:58:00',NULL),
 (4,'JUICE-1L',1,'2024-04-02 07:58:00',NULL),
 (5,'RICE-1K',1,'2024-04-02 12:00:30','SPRING10'),
 (5,'RICE-1K',1,'2024-04-02 12:00:30',NULL),
 (4,'EGGS-12',1,'2024-04-02 07:58:00',NULL),
 (4,'JUICE-1L',2,'2024-04-02 07:58:00',NULL),
 (4,'EGGS-12',1,'2024-04-02 07:58:00',NULL),
 (5,'EGGS-12',1,'2024-04-02 07:58:00',NULL),
 (4,'JUICE-1L',2,'2024-04-02 18:30:00',NULL);
