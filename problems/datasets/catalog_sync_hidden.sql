-- catalog_sync (hidden): same schema. Traps: a price announced for after today, a SKU whose feed rows are all in the future,
-- feed rows listed newest first, a product with no feed row, cart items for a deleted product id and gift cards (NULL
-- product_id), a discontinued product in several carts, a price starting tomorrow.
CREATE TABLE products (
  product_id  INTEGER PRIMARY KEY,
  sku         TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  price_cents INTEGER NOT NULL,
  active      INTEGER NOT NULL     -- 1 = on sale, 0 = discontinued
);
CREATE TABLE supplier_prices (
  sku            TEXT NOT NULL,
  price_cents    INTEGER NOT NULL,
  effective_date TEXT NOT NULL,    -- 'YYYY-MM-DD'; the supplier announces some prices in advance
  PRIMARY KEY (sku, effective_date)
);
CREATE TABLE cart_items (
  cart_id    INTEGER NOT NULL,
  product_id INTEGER,              -- NULL for gift cards, which are not catalogue products
  qty        INTEGER NOT NULL
);
INSERT INTO products VALUES
 (1,'TEA-01','green tea',450,1),(2,'TEA-02','black tea',420,1),(3,'MUG-01','mug',1200,0),
 (7,'CUP-01','cup',800,1),(8,'SPN-01','spoon',150,1);
INSERT INTO supplier_prices VALUES
 ('TEA-01',520,'2024-10-01'),('TEA-01',470,'2024-09-01'),('TEA-01',455,'2024-03-01'),
 ('TEA-02',430,'2024-12-01'),
 ('CUP-01',820,'2024-02-01'),('CUP-01',790,'2024-08-31'),('CUP-01',805,'2024-09-02');
INSERT INTO cart_items VALUES
 (200,3,1),(200,NULL,1),(201,3,2),(201,8,1),(202,5,1),(202,NULL,3),(203,7,2);
