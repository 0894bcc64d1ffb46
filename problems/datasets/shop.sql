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
INSERT INTO products (product_id, name, category, price) VALUES (1, 'headphones', 'electronics', 120);
INSERT INTO products (product_id, name, category, price) VALUES (2, 'speaker', 'electronics', 80);
INSERT INTO products (product_id, name, category, price) VALUES (3, 'charger', 'electronics', 20);
INSERT INTO products (product_id, name, category, price) VALUES (4, 'cable', 'electronics', 10);
INSERT INTO products (product_id, name, category, price) VALUES (5, 'monitor', 'electronics', 200);
INSERT INTO products (product_id, name, category, price) VALUES (15, 'mouse', 'electronics', 25);
INSERT INTO products (product_id, name, category, price) VALUES (6, 'lamp', 'home', 45);
INSERT INTO products (product_id, name, category, price) VALUES (7, 'rug', 'home', 90);
INSERT INTO products (product_id, name, category, price) VALUES (8, 'mug', 'home', 12);
INSERT INTO products (product_id, name, category, price) VALUES (9, 'vase', 'home', 30);
INSERT INTO products (product_id, name, category, price) VALUES (16, 'pillow', 'home', 25);
INSERT INTO products (product_id, name, category, price) VALUES (10, 'jacket', 'apparel', 150);
INSERT INTO products (product_id, name, category, price) VALUES (11, 'tee', 'apparel', 20);
INSERT INTO products (product_id, name, category, price) VALUES (12, 'jeans', 'apparel', 60);
INSERT INTO products (product_id, name, category, price) VALUES (13, 'socks', 'apparel', 8);
INSERT INTO products (product_id, name, category, price) VALUES (17, 'cap', 'apparel', 15);
INSERT INTO products (product_id, name, category, price) VALUES (18, 'scarf', 'apparel', 15);
INSERT INTO products (product_id, name, category, price) VALUES (14, 'novel', 'books', 18);
INSERT INTO products (product_id, name, category, price) VALUES (19, 'puzzle', 'toys', 22);
INSERT INTO products (product_id, name, category, price) VALUES (20, 'kite', 'toys', 35);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (101, 1, '2024-03-05', 'completed', 120);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (102, 2, '2024-03-12', 'completed', 57);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (103, 3, '2024-03-20', 'cancelled', 200);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (104, 4, '2024-03-28', 'returned', 40);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (105, 1, '2024-04-02', 'completed', 150);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (106, 5, '2024-04-10', 'completed', 90);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (107, 2, '2024-04-15', 'returned', 20);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (108, 6, '2024-04-22', 'cancelled', 60);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (109, 3, '2024-04-25', 'completed', 100);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (110, 7, '2024-05-03', 'completed', 200);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (111, 4, '2024-05-09', 'completed', 28);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (112, 8, '2024-05-14', 'cancelled', 120);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (113, 5, '2024-05-20', 'returned', 30);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (114, 2, '2024-05-26', 'completed', 42);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (115, 6, '2024-05-28', 'completed', 45);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (116, 1, '2024-05-31', 'completed', 40);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (117, 3, '2024-06-01', 'completed', 60);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (118, 11, '2024-06-03', 'completed', 120);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (119, 8, '2024-06-04', 'completed', 102);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (120, 9, '2024-06-07', 'cancelled', 150);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (121, 4, '2024-06-08', 'completed', 96);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (122, 5, '2024-06-11', 'completed', 150);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (123, 9, '2024-06-12', 'completed', 40);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (124, 10, '2024-06-15', 'cancelled', 10);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (125, 2, '2024-06-18', 'completed', 75);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (126, 6, '2024-06-19', 'returned', 200);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (127, 1, '2024-06-21', 'completed', 230);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (128, 8, '2024-06-24', 'completed', 150);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (129, 3, '2024-06-26', 'completed', 100);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (130, 12, '2024-06-27', 'completed', 150);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (131, 7, '2024-06-30', 'returned', 24);
INSERT INTO orders (order_id, customer_id, order_date, status, amount) VALUES (132, 5, '2024-03-15', 'completed', 20);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (101, 1, 1, 120);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (102, 6, 1, 45);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (102, 8, 1, 12);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (103, 5, 1, 200);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (104, 11, 2, 20);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (105, 10, 1, 150);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (106, 7, 1, 90);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (107, 3, 1, 20);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (108, 12, 1, 60);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (109, 2, 1, 80);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (109, 4, 2, 10);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (110, 5, 1, 200);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (111, 11, 1, 20);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (111, 13, 1, 8);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (112, 1, 1, 120);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (113, 9, 1, 30);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (114, 9, 1, 30);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (114, 8, 1, 12);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (115, 6, 1, 45);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (116, 3, 2, 20);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (117, 12, 1, 60);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (118, 1, 1, 120);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (119, 7, 1, 90);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (119, 8, 1, 12);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (120, 10, 1, 150);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (121, 2, 1, 80);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (121, 13, 2, 8);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (122, 10, 1, 150);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (123, 11, 2, 20);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (124, 4, 1, 10);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (125, 6, 1, 45);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (125, 9, 1, 30);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (126, 5, 1, 200);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (127, 5, 1, 200);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (127, 4, 3, 10);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (128, 7, 1, 90);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (128, 12, 1, 60);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (129, 3, 5, 20);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (130, 1, 1, 120);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (130, 9, 1, 30);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (131, 8, 2, 12);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (132, 3, 1, 20);
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (1, 1, 'Boston', '1 Main St', '2023-01-10 09:00:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (2, 1, 'Boston', '9 Elm St', '2024-02-01 12:00:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (2, 1, 'Boston', '9 Elm St', '2024-02-01 12:00:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (3, 2, 'Austin', '5 Oak Ave', '2023-06-01 08:00:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (4, 3, 'Denver', '7 Pine Rd', '2023-03-03 10:00:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (5, 3, 'Seattle', '22 Lake Dr', '2023-11-20 15:30:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (6, 3, 'Portland', '3 River Rd', '2023-08-08 08:08:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (6, 3, 'Portland', '3 River Rd', '2023-08-08 08:08:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (7, 4, 'Miami', '4 Bay St', '2024-01-01 00:00:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (8, 5, 'Chicago', '8 Lake Shore Dr', '2023-05-05 05:05:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (8, 5, 'Chicago', '8 Lake Shore Dr', '2023-05-05 05:05:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (9, 5, 'Chicago', '10 Wacker Dr', '2024-04-04 04:04:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (10, 6, 'Atlanta', '1 Peach St', '2024-05-01 10:00:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (11, 7, 'Denver', '2 Colfax Ave', '2024-03-15 09:30:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (12, 6, 'Atlanta', '2 Peach St', '2024-05-01 09:59:59');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (13, 8, 'Phoenix', '3 Desert Rd', '2024-06-01 12:00:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (14, 9, 'Toronto', '50 King St', '2023-09-09 09:09:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (15, 10, 'London', '12 Baker St', '2023-10-10 10:10:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (15, 10, 'London', '12 Baker St', '2023-10-10 10:10:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (16, 11, 'Berlin', '4 Unter den Linden', '2024-01-20 20:20:00');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (17, 12, 'Paris', '8 Rue Cler', '2024-02-29 23:59:59');
INSERT INTO customer_addresses (address_id, customer_id, city, address, updated_at) VALUES (18, 9, 'Toronto', '51 King St', '2024-06-30 00:00:01');
