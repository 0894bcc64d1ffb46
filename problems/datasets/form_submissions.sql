-- form_submissions: a B2B site's "request a demo" form, 14-15 March 2024. The page is slow, so some
-- visitors press Submit twice; emails are typed by hand (stray spaces, capitals).
CREATE TABLE submissions (
  submission_id INTEGER PRIMARY KEY,   -- assigned by the web server; two requests in one second can arrive in either order
  email         TEXT NOT NULL,
  company       TEXT,                  -- NULL when left empty
  submitted_at  TEXT NOT NULL          -- 'YYYY-MM-DD HH:MM:SS'
);
INSERT INTO submissions VALUES
 (1,'ana.lima@example.com','Lima Logistics','2024-03-14 09:15:02'),
 (2,'ana.lima@example.com','Lima Logistics','2024-03-14 09:15:04'),
 (3,'bo.chen@example.org','Chen & Co','2024-03-14 09:40:10'),
 (4,'Carla@Example.net ','Ruiz Foods','2024-03-14 10:02:30'),
 (5,'carla@example.net','Ruiz Foods','2024-03-14 10:02:33'),
 (6,'dev@example.com','Patel Tech','2024-03-14 11:00:00'),
 (7,'dev@example.com','Patel Tech','2024-03-14 11:00:09'),
 (8,'eli@example.io',NULL,'2024-03-14 13:20:00'),
 (9,'fatou@example.com','Diop SA','2024-03-14 14:05:11'),
 (10,'fatou@example.com','Diop SA','2024-03-14 14:05:14'),
 (11,'fatou@example.com','Diop SA','2024-03-14 14:05:18'),
 (12,'gus@example.de','Weber GmbH','2024-03-14 16:30:00'),
 (13,'ana.lima@example.com','Lima Logistics','2024-03-15 08:00:00'),
 (14,'hana@example.jp','Sato KK','2024-03-15 09:45:50'),
 (15,'  HANA@example.jp','Sato KK','2024-03-15 09:45:52'),
 (16,'bo.chen@example.org','Chen & Co','2024-03-15 10:10:10');
