-- shop: a small e-commerce schema. Deterministic hand-crafted fixture for prepl.
-- orders.amount = SUM(quantity * unit_price) of the order's items. Money is in whole dollars (INTEGER).
-- customer_addresses is a raw ingestion log: it contains exact duplicate rows and several versions per customer.
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
INSERT INTO customers (customer_id, name, signup_date, country) VALUES (1, 'Ana', '2023-02-04', 'US');
INSERT INTO customers (customer_id, name, signup_date, country) VALUES (2, 'Ben', '2023-03-07', 'CA');
INSERT INTO customers (customer_id, name, signup_date, country) VALUES (3, 'Chen', '2023-04-10', 'GB');
INSERT INTO customers (customer_id, name, signup_date, country) VALUES (4, 'Dara', '2023-05-13', 'US');
INSERT INTO customers (customer_id, name, signup_date, country) VALUES (5, 'Eli', '2023-06-16', 'DE');
INSERT INTO customers (customer_id, name, signup_date, country) VALUES (6, 'Fay', '2023-07-19', 'US');
INSERT INTO customers (customer_id, name, signup_date, country) VALUES (7, 'Gus', '2023-08-22', 'FR');
INSERT INTO customers (customer_id, name, signup_date, country) VALUES (8, 'Hana', '2023-09-25', 'CA');
INSERT INTO customers (customer_id, name, signup_date, country) VALUES (9, 'Ivo', '2023-10-28', 'US');
INSERT INTO customers (customer_id, name, signup_date, country) VALUES (10, 'Jude', '2023-11-03', 'US');
INSERT INTO customers (customer_id, name, signup_date, country) VALUES (11, 'Kai', '2023-12-06', 'US');
INSERT INTO customers (customer_id, name, signup_date, country) VALUES (12, 'Lena', '2023-01-09', 'CA');
INSERT INTO customers (customer_id, name, signup_date, country) VALUES (13, 'Milo', '2023-02-12', 'GB');
INSERT INTO customers (customer_id, name, signup_date, country) VALUES (14, 'Nia', '2023-03-15', 'US');
INSERT INTO customers (customer_id, name, signup_date, country) VALUES (15, 'Omar', '2023-04-18', 'DE');
INSERT INTO customers (customer_id, name, signup_date, country) VALUES (16, 'Pia', '2023-05-21', 'US');
INSERT INTO customers (customer_id, name, signup_date, country) VALUES (17, 'Quin', '2023-06-24', 'FR');
INSERT INTO customers (customer_id, name, signup_date, country) VALUES (18, 'Rosa', '2023-07-27', 'CA');
INSERT INTO customers (customer_id, name, signup_date, country) VALUES (19, 'Sami', '2023-08-02', 'US');
INSERT INTO customers (customer_id, name, signup_date, country) VALUES (20, 'Tove', '2023-09-05', 'US');
INSERT INTO products (product_id, name, category, price) VALUES (1, 'headphones', 'electronics', 200);
INSERT INTO products (product_id, name, category, price) VALUES (2, 'speaker', 'electronics', 80);
INSERT INTO products (product_id, name, category, price) VALUES (3, 'charger', 'electronics', 20);
INSERT INTO products (product_id, name, category, price) VALUES (4, 'cable', 'electronics', 10);
INSERT INTO products (product_id, name, category, price) VALUES (5, 'monitor', 'electronics', 200);
INSERT INTO products (product_id, name, category, price) VALUES (6, 'lamp', 'home', 45);
INSERT INTO products (product_id, name, category, price) VALUES (7, 'rug', 'home', 90);
INSERT INTO products (product_id, name, category, price) VALUES (8, 'mug', 'home', 12);
INSERT INTO products (product_id, name, category, price) VALUES (9, 'vase', 'home', 30);
INSERT INTO products (product_id, name, category, price) VALUES (10, 'jacket', 'apparel', 150);
INSERT INTO products (product_id, name, category, price) VALUES (11, 'tee', 'apparel', 20);
INSERT INTO products (product_id, name, category, price) VALUES (12, 'jeans', 'apparel', 60);
INSERT INTO products (product_id, name, category, price) VALUES (13, 'socks', 'apparel', 8);
INSERT INTO products (product_id, name, category, price) VALUES (14, 'novel', 'books', 18);
INSERT INTO products (product_id, name, category, price) VALUES (15, 'atlas', 'books', 18);
INSERT INTO products (product_id, name, category, price) VALUES (16, 'pillow', 'home', 25);
INSERT INTO products (product_id, name, category, price) VALUES (17, 'cap', 'apparel', 15);
INSERT INTO products (product_id, name, category, price) VALUES (18, 'scarf', 'apparel', 15);
INSERT INTO products (product_id, name, category, price) VALUES (19, 'puzzle', 'toys', 22);
INSERT INTO products (product_id, name, category, price) VALUES (20, 'kite', 'toys', 35);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (201, 1, '2024-02-10', 'completed', 200);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (202, 2, '2024-02-20', 'returned', 12);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (203, 3, '2024-03-10', 'cancelled', 200);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (204, 1, '2024-04-05', 'completed', 200);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (205, 4, '2024-04-18', 'completed', 120);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (206, 5, '2024-04-20', 'cancelled', 150);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (207, 2, '2024-05-02', 'completed', 82);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (208, 6, '2024-05-27', 'completed', 90);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (209, 3, '2024-05-30', 'completed', 200);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (210, 7, '2024-06-02', 'completed', 200);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (211, 7, '2024-06-02', 'completed', 40);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (212, 4, '2024-06-05', 'completed', 130);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (213, 1, '2024-06-09', 'returned', 60);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (214, 5, '2024-06-14', 'completed', 270);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (215, 6, '2024-06-20', 'completed', 60);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (216, 8, '2024-06-28', 'completed', 90);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (201, 1, 1, 200);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (202, 8, 1, 12);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (203, 5, 1, 200);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (204, 5, 1, 200);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (205, 2, 1, 80);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (205, 3, 2, 20);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (206, 10, 1, 150);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (207, 6, 2, 41);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (208, 7, 1, 90);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (209, 1, 1, 200);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (210, 5, 1, 200);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (211, 11, 2, 20);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (212, 2, 1, 80);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (212, 4, 5, 10);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (213, 12, 1, 60);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (214, 10, 2, 135);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (215, 3, 3, 20);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (216, 9, 1, 30);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (216, 12, 1, 60);
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (20, 2, 'Austin', '5 Oak Ave', '2024-02-02 10:00:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (21, 2, 'Dallas', '77 Elm St', '2024-02-02 10:00:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (19, 2, 'Austin', '1 Old Rd', '2022-12-31 23:59:59');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (22, 1, 'Boston', '9 Elm St', '2024-02-01 12:00:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (22, 1, 'Boston', '9 Elm St', '2024-02-01 12:00:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (23, 3, 'Reno', '1 Sierra St', '2024-03-01 08:00:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (24, 3, 'Reno', '2 Sierra St', '2024-03-01 08:00:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (24, 3, 'Reno', '2 Sierra St', '2024-03-01 08:00:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (25, 4, 'Miami', '4 Bay St', '2024-01-01 00:00:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (26, 5, 'Tampa', '6 Gulf Blvd', '2024-05-05 05:05:05');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (27, 6, 'Austin', '3 Lamar Blvd', '2024-06-06 06:06:06');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (28, 7, 'Denver', '2 Colfax Ave', '2023-03-15 09:30:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (29, 7, 'Boulder', '9 Pearl St', '2023-12-15 09:30:00');
