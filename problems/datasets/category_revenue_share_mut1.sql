-- Hidden data for category-revenue-share, written by `prepl validate --mutants --write-hidden`.
-- Purpose: rows with no match in the joined table. It tells the reference from these mutants:
--   line 8: `JOIN` → `LEFT JOIN`
CREATE TABLE customers (
  customer_id INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  signup_date TEXT NOT NULL,      -- 'YYYY-MM-DD'
  country     TEXT NOT NULL
);
CREATE TABLE products (
  product_id INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  category   TEXT NOT NULL,
  price      INTEGER NOT NULL     -- current list price
);
CREATE TABLE orders (
  order_id    INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
  order_date  TEXT NOT NULL,      -- 'YYYY-MM-DD'
  status      TEXT NOT NULL,      -- 'completed' | 'cancelled' | 'returned'
  amount      INTEGER NOT NULL
);
CREATE TABLE order_items (
  order_id   INTEGER NOT NULL REFERENCES orders(order_id),
  product_id INTEGER NOT NULL REFERENCES products(product_id),
  quantity   INTEGER NOT NULL,
  unit_price INTEGER NOT NULL,    -- price actually paid per unit (after discounts)
  PRIMARY KEY (order_id, product_id)
);
CREATE TABLE customer_addresses (  -- no primary key: raw log with duplicates
  address_id  INTEGER NOT NULL,
  customer_id INTEGER NOT NULL,
  city        TEXT NOT NULL,
  address     TEXT NOT NULL,
  updated_at  TEXT NOT NULL       -- 'YYYY-MM-DD HH:MM:SS'
);
INSERT INTO products (product_id, name, category, price) VALUES (17, 'vase', 'home', 102);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (130, 18, '2024-06-12', 'completed', 73);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (130, 4, 1, 60);
