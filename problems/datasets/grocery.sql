-- grocery: an online grocer's baskets, January-March 2024, with the shelf price history of every product.
CREATE TABLE products (
  product_id INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  category   TEXT NOT NULL        -- 'dairy' | 'bakery' | 'produce' | 'pantry'
);
CREATE TABLE price_history (
  product_id  INTEGER NOT NULL REFERENCES products(product_id),
  valid_from  TEXT NOT NULL,      -- 'YYYY-MM-DD': the price applies from this day (inclusive) until the product's next valid_from
  price_cents INTEGER NOT NULL,
  PRIMARY KEY (product_id, valid_from)
);
CREATE TABLE orders (
  order_id    INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL,
  order_date  TEXT NOT NULL       -- 'YYYY-MM-DD'
);
CREATE TABLE order_items (
  order_id   INTEGER NOT NULL REFERENCES orders(order_id),
  product_id INTEGER NOT NULL REFERENCES products(product_id),
  qty        INTEGER NOT NULL     -- at least 1
);
-- Every product has a shelf price on every date it is ordered: a line without one is refused.
CREATE TRIGGER order_items_priced BEFORE INSERT ON order_items
WHEN NOT EXISTS (SELECT 1 FROM orders o JOIN price_history ph
                  ON ph.product_id = NEW.product_id AND ph.valid_from <= o.order_date
                 WHERE o.order_id = NEW.order_id)
BEGIN
  SELECT RAISE(ABORT, 'no shelf price for this product on the order date');
END;
INSERT INTO products VALUES
 (1,'milk','dairy'),(2,'butter','dairy'),(3,'yogurt','dairy'),
 (4,'sourdough','bakery'),(5,'croissant','bakery'),
 (6,'apples','produce'),(7,'bananas','produce'),(8,'spinach','produce'),
 (9,'pasta','pantry'),(10,'olive oil','pantry');
INSERT INTO price_history VALUES
 (1,'2023-11-01',129),(1,'2024-02-01',139),
 (2,'2023-10-15',349),(2,'2024-01-20',379),(2,'2024-03-10',359),
 (3,'2023-12-01',99),
 (4,'2023-09-01',450),(4,'2024-02-15',475),
 (5,'2023-12-10',185),
 (6,'2023-12-01',299),(6,'2024-01-08',279),(6,'2024-03-01',319),
 (7,'2023-10-01',59),
 (8,'2023-12-20',249),(8,'2024-02-20',269),
 (9,'2023-08-01',189),
 (10,'2023-11-11',899),(10,'2024-03-05',949);
INSERT INTO orders VALUES
 (101,1,'2024-01-03'),(102,2,'2024-01-05'),(103,3,'2024-01-09'),(104,1,'2024-01-14'),
 (105,4,'2024-01-21'),(106,2,'2024-01-27'),(107,5,'2024-02-02'),(108,3,'2024-02-06'),
 (109,1,'2024-02-11'),(110,6,'2024-02-17'),(111,4,'2024-02-22'),(112,2,'2024-02-28'),
 (113,5,'2024-03-02'),(114,1,'2024-03-06'),(115,3,'2024-03-12'),(116,6,'2024-03-18'),
 (117,4,'2024-03-24'),(118,2,'2024-03-29');
INSERT INTO order_items VALUES
 (101,1,2),(101,4,1),(101,6,1),
 (102,1,1),(102,2,1),(102,9,2),
 (103,4,1),(103,5,2),(103,1,1),
 (104,2,1),(104,3,4),(104,7,6),
 (105,6,2),(105,7,3),(105,8,1),
 (106,1,1),(106,4,1),(106,10,1),
 (107,9,3),(107,10,1),
 (108,1,2),(108,4,1),(108,5,1),
 (109,1,1),(109,6,1),
 (110,7,4),(110,8,1),(110,6,1),
 (111,2,1),(111,1,1),(111,3,2),
 (112,9,1),(112,10,1),(112,4,1),
 (113,5,3),(113,4,1),
 (114,3,1),(114,8,1),(114,6,2),
 (115,1,1),(115,2,1),(115,3,1),
 (116,7,2),(116,6,1),
 (117,9,2),(117,1,1),
 (118,4,1),(118,1,2),(118,5,1);
