-- invoicing (hidden variant): same schema. Adds invoices with no lines at all (manual invoices whose
-- total must be kept), lines of an invoice that does not exist, and a line with quantity 0.
CREATE TABLE invoices (
  invoice_id  INTEGER PRIMARY KEY,
  customer    TEXT NOT NULL,
  issued_on   TEXT NOT NULL,
  total       INTEGER
);
CREATE TABLE invoice_lines (
  line_id     INTEGER PRIMARY KEY,
  invoice_id  INTEGER NOT NULL,
  sku         TEXT NOT NULL,
  qty         INTEGER NOT NULL,
  unit_price  INTEGER NOT NULL
);
INSERT INTO invoices VALUES
  (10, 'Gale',    '2024-04-01', 999),
  (11, 'Gale',    '2024-04-02', 500),
  (12, 'Harbor',  '2024-04-03', NULL),
  (13, 'Harbor',  '2024-04-03', 60),
  (14, 'Iris',    '2024-04-05', 0),
  (15, 'Juniper', '2024-04-06', 18);
INSERT INTO invoice_lines VALUES
  (201, 10, 'PEN',   3,  2),
  (202, 10, 'PAD',   0,  5),
  (203, 12, 'DESK',  1, 250),
  (204, 12, 'DESK',  1, 230),
  (205, 14, 'INK',   2, 30),
  (206, 14, 'PEN',   1,  2),
  (207, 14, 'MAT',   1, 45),
  (208, 99, 'CHAIR', 4, 140);
-- invoices 11, 13 and 15 have no lines: their totals (500, 60, 18) must stay as they are.
