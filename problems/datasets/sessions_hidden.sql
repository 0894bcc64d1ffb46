-- sessions: raw page views for sessionization exercises.
-- Deterministic hand-crafted fixture for prepl. Session rule used by prompts: a new session starts when
-- the gap to the same user's previous page view is MORE than 30 minutes (exactly 30:00 stays in the session).
CREATE TABLE page_views (
  view_id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL,
  ts      TEXT NOT NULL,      -- 'YYYY-MM-DD HH:MM:SS'
  page    TEXT NOT NULL,      -- 'home' | 'search' | 'product' | 'cart' | 'checkout' | 'blog'
  device  TEXT NOT NULL       -- 'mobile' | 'desktop'
);
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (1, 1, '2024-04-01 09:00:00', 'home', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (2, 2, '2024-04-01 09:10:00', 'blog', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (3, 2, '2024-04-01 09:15:00', 'blog', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (4, 1, '2024-04-01 09:30:00', 'search', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (5, 2, '2024-04-01 09:45:00', 'home', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (6, 1, '2024-04-01 10:00:00', 'product', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (7, 1, '2024-04-01 15:00:00', 'home', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (8, 3, '2024-04-01 22:45:00', 'home', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (9, 3, '2024-04-01 23:15:00', 'search', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (10, 3, '2024-04-01 23:40:00', 'product', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (11, 3, '2024-04-02 00:05:00', 'cart', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (12, 4, '2024-04-02 08:00:00', 'search', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (13, 4, '2024-04-02 08:20:00', 'product', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (14, 5, '2024-04-02 10:00:00', 'blog', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (15, 2, '2024-04-02 11:00:00', 'search', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (16, 2, '2024-04-02 11:31:00', 'search', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (17, 6, '2024-04-03 12:00:00', 'home', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (18, 6, '2024-04-03 12:30:00', 'home', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (19, 6, '2024-04-03 14:00:00', 'product', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (20, 6, '2024-04-03 14:03:00', 'cart', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (21, 6, '2024-04-03 14:10:00', 'checkout', 'desktop');
