-- Hidden data for avg-session-length, written by `prepl validate --mutants --write-hidden`.
-- Purpose: a value one step from a constant of the rules. It tells the reference from these mutants:
--   line 8: `1800` → `1801`
CREATE TABLE page_views (
  view_id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL,
  ts      TEXT NOT NULL,      -- 'YYYY-MM-DD HH:MM:SS'
  page    TEXT NOT NULL,      -- 'home' | 'search' | 'product' | 'cart' | 'checkout' | 'blog'
  device  TEXT NOT NULL       -- 'mobile' | 'desktop'
);
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (31, 4, '2024-03-04 09:30:00', 'cart', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (13, 4, '2024-03-04 08:59:59', 'cart', 'mobile');
