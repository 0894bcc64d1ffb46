-- inventory_feed: current stock per SKU and an incoming feed of stock counts to apply (upsert).
CREATE TABLE stock (
  sku         TEXT PRIMARY KEY,
  qty         INTEGER NOT NULL,
  updated_at  TEXT NOT NULL          -- 'YYYY-MM-DD HH:MM:SS' of the count currently stored
);
CREATE TABLE stock_feed (
  feed_id  INTEGER PRIMARY KEY,
  sku      TEXT NOT NULL,
  qty      INTEGER,                  -- NULL when the scanner could not count
  feed_ts  TEXT NOT NULL             -- 'YYYY-MM-DD HH:MM:SS' when the count was taken
);
INSERT INTO stock VALUES
  ('A-100', 10, '2024-06-01 08:00:00'),
  ('B-200',  5, '2024-06-01 08:00:00'),
  ('C-300',  0, '2024-06-02 09:00:00'),
  ('D-400',  7, '2024-06-01 12:00:00');
INSERT INTO stock_feed VALUES
  (1, 'A-100', 12, '2024-06-02 08:00:00'),
  (2, 'B-200',  3, '2024-05-31 18:00:00'),
  (3, 'C-300',  4, '2024-06-02 10:00:00'),
  (4, 'C-300',  6, '2024-06-02 11:00:00'),
  (5, 'E-500',  9, '2024-06-02 08:30:00'),
  (6, 'F-600', 20, '2024-06-01 09:00:00'),
  (7, 'F-600', 18, '2024-06-02 09:00:00');
