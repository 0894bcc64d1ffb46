-- Hidden data for avg-session-length, written by `prepl validate --mutants --write-hidden`.
-- Purpose: ratios that are not whole numbers. It tells the reference from these mutants:
--   line 14: `60.0` → `60`
--   wrong_answers[4]
CREATE TABLE page_views (
  view_id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL,
  ts      TEXT NOT NULL,      -- 'YYYY-MM-DD HH:MM:SS'
  page    TEXT NOT NULL,      -- 'home' | 'search' | 'product' | 'cart' | 'checkout' | 'blog'
  device  TEXT NOT NULL       -- 'mobile' | 'desktop'
);
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (29, 1, '2024-03-05 09:00:59', 'product', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (22, 1, '2024-03-05 08:31:00', 'blog', 'desktop');
