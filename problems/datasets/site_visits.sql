-- site_visits: page views on a SaaS company's marketing site, 1-2 October 2024, with the campaign
-- (utm_campaign) of the link a view arrived through.
CREATE TABLE pageviews (
  pv_id      INTEGER PRIMARY KEY,
  visitor_id INTEGER NOT NULL,
  ts         TEXT NOT NULL,     -- 'YYYY-MM-DD HH:MM:SS'
  page       TEXT NOT NULL,     -- 'home' | 'pricing' | 'blog' | 'docs' | 'signup'
  campaign   TEXT,              -- utm_campaign of the link that brought this view; NULL for direct or internal navigation
  UNIQUE (visitor_id, ts)
);
INSERT INTO pageviews VALUES
 (1,1,'2024-10-01 09:00:00','home',NULL),
 (2,1,'2024-10-01 09:02:00','pricing',NULL),
 (3,1,'2024-10-01 09:06:00','signup',NULL),
 (4,1,'2024-10-01 09:10:00','blog','autumn_newsletter'),
 (5,1,'2024-10-01 09:14:00','pricing',NULL),
 (6,2,'2024-10-01 10:00:00','blog','autumn_newsletter'),
 (7,2,'2024-10-01 11:15:00','home',NULL),
 (8,2,'2024-10-01 11:20:00','docs',NULL),
 (9,3,'2024-10-01 12:00:00','pricing','search_brand'),
 (10,3,'2024-10-01 12:01:00','pricing','search_brand'),
 (11,3,'2024-10-01 12:04:00','signup',NULL),
 (12,4,'2024-10-01 20:00:00','docs',NULL),
 (13,4,'2024-10-01 20:40:00','docs',NULL),
 (14,4,'2024-10-01 20:45:00','home',NULL),
 (15,5,'2024-10-02 08:30:00','home',NULL),
 (16,5,'2024-10-02 08:31:00','blog',NULL),
 (17,5,'2024-10-02 09:50:00','blog',NULL),
 (18,6,'2024-10-02 14:00:00','pricing',NULL),
 (19,6,'2024-10-02 14:25:00','blog',NULL),
 (20,6,'2024-10-02 14:40:00','home','search_brand');
