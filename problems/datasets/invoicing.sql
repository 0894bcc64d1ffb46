-- invoicing: invoices and their line items, for a table-state UPDATE problem.
-- invoices.total is stale: it must be recomputed from invoice_lines. Money is in whole dollars.
CREATE TABLE invoices (
  invoice_id  INTEGER PRIMARY KEY,
  customer    TEXT NOT NULL,
  issued_on   TEXT NOT NULL,          -- 'YYYY-MM-DD'
  total       INTEGER                 -- stale; NULL when never computed
);
CREATE TABLE invoice_lines (
  line_id     INTEGER PRIMARY KEY,
  invoice_id  INTEGER NOT NULL,
  sku         TEXT NOT NULL,
  qty         INTEGER NOT NULL,
  unit_price  INTEGER NOT NULL
);
INSERT INTO invoices VALUES
  (1, 'Acme',     '2024-03-01', 0),
  (2, 'Acme',     '2024-03-04', 120),
  (3, 'Birch Co', '2024-03-05', NULL),
  (4, 'Cobalt',   '2024-03-07', 75),
  (5, 'Dune Ltd', '2024-03-09', 310),
  (6, 'Birch Co', '2024-03-11', 0),
  (7, 'Ember',    '2024-03-12', 40),
  (8, 'Fjord',    '2024-03-15', NULL);
INSERT INTO invoice_lines VALUES
  (101, 1, 'PEN',   10,  2),
  (102, 1, 'PAD',    3,  5),
  (103, 2, 'INK',    4, 30),
  (104, 3, 'DESK',   1, 250),
  (105, 3, 'LAMP',   2, 35),
  (106, 3, 'PEN',    5,  2),
  (107, 4, 'PAD',   15,  5),
  (108, 5, 'CHAIR',  2, 140),
  (109, 5, 'MAT',    1, 45),
  (110, 6, 'INK',    1, 30),
  (111, 7, 'PEN',   20,  2),
  (112, 8, 'LAMP',   1, 35),
  (113, 8, 'PAD',    2,  5);
