-- Hidden data for top-partner-per-product: olive oil is mostly bought on its own (two orders alone,
-- one with pasta). Counting "no partner" as a partner (an outer self-join) makes that empty partner
-- olive oil's most frequent one, and olive oil's real partner, pasta, disappears.
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
 (9,'pasta','pantry'),(10,'olive oil','pantry'),(6,'apples','produce');
INSERT INTO price_history VALUES
 (9,'2023-08-01',189),(10,'2023-11-11',899),(6,'2023-12-01',299);
INSERT INTO orders VALUES
 (401,1,'2024-01-10'),(402,2,'2024-02-05'),(403,3,'2024-02-20'),(404,4,'2024-03-01');
INSERT INTO order_items VALUES
 (401,10,1),
 (402,10,2),
 (403,10,1),(403,9,2),
 (404,9,1),(404,6,3);
