-- catalog_sync: a shop's product catalogue, a supplier price feed and open shopping carts; today is 2024-09-01.
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
 (1,'TEA-01','green tea',450,1),(2,'TEA-02','black tea',420,1),(3,'MUG-01','mug',1200,1),
 (4,'POT-01','teapot',3500,0),(5,'FIL-01','filters',300,1),(6,'HON-01','honey',900,1);
INSERT INTO supplier_prices VALUES
 ('TEA-01',460,'2024-06-01'),('TEA-01',480,'2024-08-15'),
 ('TEA-02',400,'2024-07-01'),
 ('MUG-01',1250,'2024-05-01'),('MUG-01',1300,'2024-08-01'),('MUG-01',1150,'2024-08-20'),
 ('POT-01',3600,'2024-07-10'),
 ('XYZ-99',999,'2024-08-01');
INSERT INTO cart_items VALUES
 (100,1,2),(100,4,1),(100,NULL,1),
 (101,3,1),(101,5,3),
 (102,4,2),(102,6,1),
 (103,2,1),(103,6,2),
 (104,NULL,2),(104,1,1);
