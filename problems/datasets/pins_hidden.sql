-- pins: users, pins and engagement events (impressions, clicks, saves).
-- Deterministic hand-crafted fixture for prepl. As-of date used by prompts: 2024-06-30.
CREATE TABLE users (
  user_id     INTEGER PRIMARY KEY,
  signup_date TEXT NOT NULL,      -- 'YYYY-MM-DD'
  country     TEXT NOT NULL
);
CREATE TABLE pins (
  pin_id     INTEGER PRIMARY KEY,
  format     TEXT NOT NULL,       -- 'standard' | 'video' | 'idea' | 'carousel'
  category   TEXT NOT NULL,
  creator_id INTEGER NOT NULL REFERENCES users(user_id)
);
CREATE TABLE events (
  event_id       INTEGER PRIMARY KEY,
  user_id        INTEGER NOT NULL REFERENCES users(user_id),
  pin_id         INTEGER NOT NULL REFERENCES pins(pin_id),
  event_type     TEXT NOT NULL,   -- 'impression' | 'click' | 'save'
  event_ts       TEXT NOT NULL,   -- 'YYYY-MM-DD HH:MM:SS'
  time_spent_sec INTEGER          -- seconds on the pin close-up; recorded for clicks only, NULL when not tracked
);
INSERT INTO users (user_id, signup_date, country) VALUES (1, '2024-06-01', 'US');
INSERT INTO users (user_id, signup_date, country) VALUES (2, '2024-06-12', 'DE');
INSERT INTO users (user_id, signup_date, country) VALUES (3, '2024-06-30', 'BR');
INSERT INTO users (user_id, signup_date, country) VALUES (4, '2024-06-18', 'FR');
INSERT INTO users (user_id, signup_date, country) VALUES (5, '2024-05-31', 'US');
INSERT INTO users (user_id, signup_date, country) VALUES (6, '2024-07-01', 'IN');
INSERT INTO users (user_id, signup_date, country) VALUES (7, '2023-08-08', 'US');
INSERT INTO users (user_id, signup_date, country) VALUES (8, '2023-10-10', 'JP');
INSERT INTO users (user_id, signup_date, country) VALUES (9, '2024-01-05', 'DE');
INSERT INTO users (user_id, signup_date, country) VALUES (10, '2024-02-14', 'BR');
INSERT INTO users (user_id, signup_date, country) VALUES (11, '2024-03-30', 'US');
INSERT INTO users (user_id, signup_date, country) VALUES (12, '2024-05-01', 'FR');
INSERT INTO users (user_id, signup_date, country) VALUES (13, '2024-05-15', 'US');
INSERT INTO users (user_id, signup_date, country) VALUES (14, '2024-04-04', 'IN');
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (1, 'standard', 'home', 9);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (2, 'standard', 'food', 10);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (3, 'video', 'home', 9);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (4, 'video', 'travel', 11);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (5, 'idea', 'food', 10);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (6, 'idea', 'fashion', 12);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (7, 'carousel', 'travel', 11);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (8, 'carousel', 'fashion', 12);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (9, 'standard', 'travel', 13);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (10, 'video', 'food', 13);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (11, 'idea', 'home', 14);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (12, 'carousel', 'home', 14);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (13, 'standard', 'fashion', 15);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (14, 'video', 'fashion', 9);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (15, 'idea', 'travel', 16);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (16, 'carousel', 'food', 15);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (17, 'standard', 'home', 16);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (18, 'idea', 'food', 15);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (19, 'video', 'fashion', 12);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (20, 'standard', 'fashion', 1);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (1, 8, 5, 'impression', '2024-05-20 17:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (2, 8, 5, 'click', '2024-05-20 17:01:00', 200);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (3, 11, 19, 'impression', '2024-06-01 17:35:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (4, 1, 1, 'impression', '2024-06-02 09:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (5, 1, 1, 'click', '2024-06-02 09:01:00', 40);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (6, 1, 10, 'impression', '2024-06-02 12:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (7, 1, 10, 'save', '2024-06-02 12:02:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (8, 8, 7, 'impression', '2024-06-02 19:27:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (9, 1, 6, 'impression', '2024-06-03 02:07:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (10, 7, 2, 'impression', '2024-06-03 10:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (11, 7, 2, 'save', '2024-06-03 10:02:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (12, 1, 2, 'impression', '2024-06-03 13:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (13, 1, 2, 'click', '2024-06-03 13:01:00', 30);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (14, 12, 4, 'impression', '2024-06-03 18:42:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (15, 5, 15, 'impression', '2024-06-03 21:19:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (16, 8, 5, 'impression', '2024-06-04 11:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (17, 8, 5, 'save', '2024-06-04 11:02:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (18, 1, 8, 'impression', '2024-06-04 19:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (19, 1, 8, 'click', '2024-06-04 19:01:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (20, 9, 12, 'impression', '2024-06-04 20:34:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (21, 9, 10, 'impression', '2024-06-05 13:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (22, 9, 10, 'save', '2024-06-05 13:02:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (23, 5, 12, 'impression', '2024-06-05 18:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (24, 5, 12, 'click', '2024-06-05 18:01:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (25, 13, 9, 'impression', '2024-06-05 19:49:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (26, 10, 10, 'impression', '2024-06-06 14:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (27, 10, 10, 'save', '2024-06-06 14:02:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (28, 5, 8, 'impression', '2024-06-06 18:30:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (29, 5, 8, 'click', '2024-06-06 18:31:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (30, 10, 17, 'impression', '2024-06-06 21:41:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (31, 7, 5, 'impression', '2024-06-07 01:33:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (32, 5, 12, 'impression', '2024-06-07 18:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (33, 5, 12, 'click', '2024-06-07 18:01:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (34, 11, 3, 'impression', '2024-06-08 17:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (35, 11, 3, 'save', '2024-06-08 17:02:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (36, 11, 2, 'impression', '2024-06-08 22:48:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (37, 8, 10, 'impression', '2024-06-09 02:40:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (38, 12, 7, 'impression', '2024-06-10 01:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (39, 1, 9, 'impression', '2024-06-10 07:20:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (40, 5, 4, 'impression', '2024-06-10 19:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (41, 5, 4, 'save', '2024-06-10 19:02:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (42, 9, 15, 'impression', '2024-06-11 03:47:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (43, 5, 6, 'impression', '2024-06-11 06:35:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (44, 12, 4, 'impression', '2024-06-11 20:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (45, 12, 4, 'save', '2024-06-11 20:02:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (46, 13, 12, 'impression', '2024-06-12 02:07:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (47, 2, 11, 'impression', '2024-06-12 03:14:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (48, 8, 15, 'impression', '2024-06-12 08:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (49, 8, 15, 'save', '2024-06-12 08:02:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (50, 2, 14, 'impression', '2024-06-12 08:27:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (51, 10, 20, 'impression', '2024-06-13 04:54:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (52, 7, 9, 'impression', '2024-06-13 07:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (53, 7, 9, 'save', '2024-06-13 07:02:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (54, 2, 4, 'impression', '2024-06-13 11:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (55, 2, 4, 'click', '2024-06-13 11:01:00', 50);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (56, 2, 18, 'impression', '2024-06-14 15:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (57, 2, 18, 'save', '2024-06-14 15:02:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (58, 11, 5, 'impression', '2024-06-15 05:06:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (59, 9, 6, 'impression', '2024-06-15 06:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (60, 9, 6, 'save', '2024-06-15 06:02:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (61, 7, 16, 'impression', '2024-06-15 08:49:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (62, 2, 10, 'impression', '2024-06-15 14:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (63, 2, 10, 'click', '2024-06-15 14:01:00', 45);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (64, 12, 10, 'impression', '2024-06-17 06:13:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (65, 8, 1, 'impression', '2024-06-17 09:01:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (66, 1, 12, 'impression', '2024-06-17 12:33:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (67, 4, 1, 'impression', '2024-06-18 05:28:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (68, 4, 4, 'impression', '2024-06-18 10:41:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (69, 5, 9, 'impression', '2024-06-18 11:48:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (70, 4, 10, 'impression', '2024-06-18 20:12:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (71, 13, 15, 'impression', '2024-06-19 07:20:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (72, 9, 6, 'impression', '2024-06-19 10:08:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (73, 2, 17, 'impression', '2024-06-19 13:40:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (74, 4, 11, 'impression', '2024-06-19 18:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (75, 4, 11, 'save', '2024-06-19 18:02:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (76, 7, 2, 'impression', '2024-06-19 21:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (77, 7, 2, 'save', '2024-06-19 21:02:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (78, 4, 9, 'impression', '2024-06-20 12:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (79, 4, 9, 'click', '2024-06-20 12:01:00', 50);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (80, 10, 11, 'impression', '2024-06-21 11:15:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (81, 4, 16, 'impression', '2024-06-21 15:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (82, 4, 16, 'click', '2024-06-21 15:01:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (83, 7, 19, 'impression', '2024-06-22 13:07:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (84, 7, 6, 'impression', '2024-06-22 16:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (85, 7, 6, 'click', '2024-06-22 16:01:00', 20);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (86, 11, 16, 'impression', '2024-06-23 12:22:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (87, 4, 7, 'impression', '2024-06-23 15:54:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (88, 8, 4, 'impression', '2024-06-24 14:14:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (89, 1, 15, 'impression', '2024-06-24 17:46:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (90, 12, 1, 'impression', '2024-06-25 13:29:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (91, 5, 12, 'impression', '2024-06-25 16:06:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (92, 9, 9, 'impression', '2024-06-26 15:21:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (93, 2, 20, 'impression', '2024-06-26 18:53:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (94, 13, 6, 'impression', '2024-06-27 14:36:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (95, 10, 14, 'impression', '2024-06-28 16:28:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (96, 7, 2, 'impression', '2024-06-29 18:20:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (97, 3, 16, 'impression', '2024-06-30 04:21:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (98, 3, 19, 'impression', '2024-06-30 09:34:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (99, 3, 17, 'impression', '2024-06-30 10:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (100, 3, 17, 'click', '2024-06-30 10:01:00', 60);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (101, 3, 2, 'impression', '2024-06-30 14:47:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (102, 3, 1, 'impression', '2024-06-30 16:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (103, 3, 1, 'save', '2024-06-30 16:02:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (104, 3, 5, 'impression', '2024-06-30 19:05:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (105, 3, 3, 'impression', '2024-06-30 20:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (106, 3, 3, 'click', '2024-06-30 20:01:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (107, 6, 11, 'impression', '2024-07-01 07:42:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (108, 6, 15, 'impression', '2024-07-01 09:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (109, 6, 15, 'save', '2024-07-01 09:02:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (110, 6, 8, 'impression', '2024-07-01 10:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (111, 6, 8, 'click', '2024-07-01 10:01:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (112, 6, 19, 'impression', '2024-07-01 10:30:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (113, 6, 19, 'click', '2024-07-01 10:31:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (114, 6, 14, 'impression', '2024-07-01 12:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (115, 6, 17, 'impression', '2024-07-01 17:13:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (116, 6, 20, 'impression', '2024-07-01 22:26:00', NULL);
