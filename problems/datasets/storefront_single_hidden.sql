-- storefront (hidden, first day of a new shop): same schema. One paid order and one refund: the top 1% of one order is
-- that order, so nothing is left (orders_kept 0, aov NULL).
CREATE TABLE customers (
  customer_id INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  country     TEXT NOT NULL,
  signup_date TEXT NOT NULL      -- 'YYYY-MM-DD'
);
CREATE TABLE orders (
  order_id    INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
  order_ts    TEXT NOT NULL,     -- 'YYYY-MM-DD HH:MM:SS'
  amount      INTEGER NOT NULL,  -- whole dollars
  status      TEXT NOT NULL      -- 'paid' | 'refunded'
);
INSERT INTO customers VALUES
 (1,'Mina','SE','2024-06-01'),
 (2,'Oskar','SE','2024-06-01');
INSERT INTO orders VALUES
 (1,1,'2024-06-01 10:15:00',58,'paid'),
 (2,2,'2024-06-01 11:40:00',33,'refunded');
