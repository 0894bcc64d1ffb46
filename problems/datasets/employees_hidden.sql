-- employees (hidden): same schema, different rows. Traps: 5-level-deep reporting chain under emp 2,
-- tie for the top salary in Engineering, a NULL salary (contractor) in Sales, a salary exactly equal to
-- the department average, salaries equal to the manager's, a department where everyone earns the same,
-- a single-employee department and an empty department.
CREATE TABLE departments (
  department_id INTEGER PRIMARY KEY,
  name          TEXT NOT NULL
);
CREATE TABLE employees (
  emp_id        INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,
  manager_id    INTEGER REFERENCES employees(emp_id),
  department_id INTEGER REFERENCES departments(department_id),
  salary        INTEGER,
  hire_date     TEXT NOT NULL
);
INSERT INTO departments VALUES
 (1,'Executive'),(2,'Engineering'),(3,'Sales'),(4,'Marketing'),(5,'Finance'),(6,'Legal'),(7,'Research');
INSERT INTO employees VALUES
 (1,'Zoe Adler',NULL,1,350000,'2014-01-06'),
 (2,'Abe Nolan',1,2,200000,'2015-02-02'),
 (3,'Bea Costa',1,3,150000,'2015-06-15'),
 (4,'Cy Morgan',1,5,120000,'2016-03-07'),
 (5,'Dee Fischer',2,2,200000,'2016-08-22'),
 (6,'Eli Grant',2,2,140000,'2017-01-09'),
 (7,'Fay Olsen',5,2,130000,'2017-05-29'),
 (8,'Gus Yamada',5,2,125000,'2018-02-12'),
 (9,'Hana Kowal',7,2,110000,'2018-10-01'),
 (10,'Ian Brooks',7,2,115000,'2019-04-15'),
 (11,'Jay Mensah',9,2,105000,'2020-07-06'),
 (12,'Kai Larsen',6,2,118000,'2020-11-30'),
 (13,'Lu Fontaine',11,2,100000,'2022-05-16'),
 (14,'Max Duval',3,3,60000,'2019-01-21'),
 (15,'Nia Okafor',3,3,NULL,'2023-03-01'),
 (16,'Oz Petrov',14,3,70000,'2021-09-13'),
 (17,'Pia Russo',3,3,90000,'2020-02-24'),
 (18,'Ray Tanaka',1,4,100000,'2016-11-14'),
 (19,'Sia Haddad',18,4,80000,'2021-06-07'),
 (20,'Ted Ivanov',18,4,90000,'2022-08-29'),
 (21,'Una Silva',4,5,120000,'2019-09-09'),
 (22,'Val Moreau',1,6,95000,'2018-04-30'),
 (23,'Wu Jiang',15,3,85000,'2023-06-12');
