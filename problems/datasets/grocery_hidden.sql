-- grocery (hidden): same schema. Traps: orders placed on the very day a price changes, a basket listing the same product
-- on two lines, a dairy product nobody bought except one customer, a customer who bought one dairy product many times,
-- pairs tied on their count, a product bought alone only,
-- a pantry product that nobody has bought, two orders on one day.
-- (was: an online grocer's baskets, January-March 2024, with the shelf price history of every product.)
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
 (1,'milk','dairy'),(2,'butter','dairy'),(3,'yogurt','dairy'),(11,'kefir','dairy'),
 (4,'sourdough','bakery'),(5,'croissant','bakery'),
 (6,'apples','produce'),(7,'bananas','produce'),
 (9,'pasta','pantry'),(10,'olive oil','pantry'),(12,'rice','pantry'),(13,'flour','pantry');
INSERT INTO price_history VALUES
 (1,'2023-11-01',129),(1,'2024-02-01',139),
 (2,'2023-10-15',349),(2,'2024-01-20',379),
 (3,'2023-12-01',99),(3,'2024-03-01',109),
 (11,'2023-12-01',229),
 (4,'2023-09-01',450),(4,'2024-02-15',475),
 (5,'2023-12-10',185),
 (6,'2023-12-01',299),(6,'2024-01-08',279),
 (7,'2023-10-01',59),(7,'2024-03-15',65),
 (9,'2023-08-01',189),
 (10,'2023-11-11',899),
 (12,'2024-01-01',310),(13,'2024-01-01',149);
INSERT INTO orders VALUES
 (201,1,'2024-01-08'),(202,2,'2024-01-20'),(203,3,'2024-02-01'),(204,1,'2024-02-15'),
 (205,4,'2024-02-16'),(206,2,'2024-03-01'),(207,5,'2024-03-15'),(208,3,'2024-03-20'),
 (209,6,'2024-01-12'),(210,7,'2024-02-09'),(211,8,'2024-03-25'),(212,9,'2024-03-25');
INSERT INTO order_items VALUES
 (201,6,1),(201,1,1),(201,2,1),
 (202,2,2),(202,1,1),(202,3,1),(202,11,1),
 (203,1,1),(203,4,1),(203,5,1),
 (204,4,1),(204,5,1),(204,3,2),(204,11,1),
 (205,1,1),(205,1,2),(205,4,1),
 (206,3,1),(206,6,2),(206,7,1),
 (207,7,5),(207,6,1),
 (208,9,1),(208,10,1),(208,12,1),
 (209,1,1),(209,1,1),(209,1,3),
 (210,12,1),
 (211,1,1),(211,2,1),(211,1,2),(211,3,1),
 (212,6,2);
