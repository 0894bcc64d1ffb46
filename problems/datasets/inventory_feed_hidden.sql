-- inventory_feed (hidden variant): same schema. A SKU's latest feed row has a NULL qty (ignore it), two
-- feed rows of a SKU share the latest feed_ts (the larger feed_id wins), and a feed row has exactly the
-- stored updated_at (not newer: keep the stored count).
CREATE TABLE stock (
  sku         TEXT PRIMARY KEY,
  qty         INTEGER NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE TABLE stock_feed (
  feed_id  INTEGER PRIMARY KEY,
  sku      TEXT NOT NULL,
  qty      INTEGER,
  feed_ts  TEXT NOT NULL
);
INSERT INTO stock VALUES
  ('G-700', 30, '2024-07-01 08:00:00'),
  ('H-800', 15, '2024-07-01 08:00:00'),
  ('J-900',  2, '2024-07-02 08:00:00');
INSERT INTO stock_feed VALUES
  (11, 'G-700', 28,   '2024-07-02 08:00:00'),
  (12, 'G-700', NULL, '2024-07-03 08:00:00'),
  (13, 'H-800', 11,   '2024-07-02 09:00:00'),
  (14, 'H-800', 13,   '2024-07-02 09:00:00'),
  (15, 'J-900', 5,    '2024-07-02 08:00:00'),
  (16, 'K-010', NULL, '2024-07-02 10:00:00'),
  (17, 'L-020', 40,   '2024-07-02 10:00:00');
