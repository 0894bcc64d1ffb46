-- employees: a small company. CEO has manager_id NULL. Department 6 (Legal) has no employees.
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
 (1,'Executive'),(2,'Engineering'),(3,'Sales'),(4,'Marketing'),(5,'Finance'),(6,'Legal');
INSERT INTO employees VALUES
 (1,'Ava Stone',NULL,1,300000,'2015-03-01'),
 (2,'Ben Ortiz',1,2,220000,'2016-01-11'),
 (3,'Cara Lind',1,3,180000,'2016-05-02'),
 (4,'Dan Reyes',1,5,200000,'2017-02-20'),
 (5,'Eve Park',2,2,160000,'2017-09-04'),
 (6,'Finn Moss',2,2,150000,'2018-01-15'),
 (7,'Gia Rossi',5,2,120000,'2018-06-01'),
 (8,'Hal Brandt',5,2,120000,'2019-03-18'),
 (9,'Ivy Chen',5,2,110000,'2019-07-22'),
 (10,'Jon Weber',6,2,130000,'2019-11-05'),
 (11,'Kim Novak',10,2,95000,'2021-02-01'),
 (12,'Leo Santos',3,3,90000,'2018-04-09'),
 (13,'Mia Duarte',3,3,190000,'2018-08-27'),
 (14,'Ned Quinn',12,3,70000,'2020-01-13'),
 (15,'Ola Berg',12,3,75000,'2020-06-29'),
 (16,'Pat Kumar',1,4,140000,'2017-10-16'),
 (17,'Quinn Hale',16,4,80000,'2020-09-07'),
 (18,'Rae Lopez',16,4,85000,'2021-04-19'),
 (19,'Sam Idris',16,4,80000,'2022-01-10'),
 (20,'Tia Marsh',4,5,95000,'2019-05-06'),
 (21,'Uma Patel',4,5,205000,'2018-12-03'),
 (22,'Vic Hayes',7,2,100000,'2022-03-14'),
 (23,'Wes Gray',3,3,65000,'2023-02-06');
