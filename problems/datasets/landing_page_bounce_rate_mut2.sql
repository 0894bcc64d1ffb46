-- Hidden data for landing-page-bounce-rate, written by `prepl validate --mutants --write-hidden`.
-- Purpose: rows whose order matters. It tells the reference from these mutants:
--   line 25: ORDER BY `landing_page` → `landing_page DESC`
--   wrong_answers[3]
CREATE TABLE page_views (
  view_id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL,
  ts      TEXT NOT NULL,      -- 'YYYY-MM-DD HH:MM:SS'
  page    TEXT NOT NULL,      -- 'home' | 'search' | 'product' | 'cart' | 'checkout' | 'blog'
  device  TEXT NOT NULL       -- 'mobile' | 'desktop'
);
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (28, 8, '2024-03-06 13:15:01', 'checkout', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (38, 3, '2024-03-06 21:00:00', 'search', 'desktop');
