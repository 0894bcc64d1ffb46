-- Hidden data for order-totals-at-historical-prices: an order row whose basket was emptied before
-- payment (no lines), beside an ordinary order placed on the day a price changed. An inner join
-- leaves the empty order out, as the prompt asks; an outer join lists it with a NULL total.
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
 (1,'milk','dairy'),(4,'sourdough','bakery');
INSERT INTO price_history VALUES
 (1,'2023-11-01',129),(1,'2024-02-01',139),
 (4,'2023-09-01',450);
INSERT INTO orders VALUES
 (301,7,'2024-02-01'),
 (302,8,'2024-02-03');
INSERT INTO order_items VALUES
 (301,1,2),(301,4,1);
