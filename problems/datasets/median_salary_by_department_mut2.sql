-- Hidden data for median-salary-by-department, written by `prepl validate --mutants --write-hidden`.
-- Purpose: several groups that share a key. It tells the reference from these mutants:
--   line 12: drop GROUP BY key `d.department_id` (a bare column if still selected)
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
INSERT INTO departments (department_id, name) VALUES (5, 'Marketing');
INSERT INTO departments (department_id, name) VALUES (4, 'Marketing');
INSERT INTO employees (emp_id, name, manager_id, department_id, salary, hire_date) VALUES (8, 'Oz Petrov', NULL, 4, 65000, '2023-02-06');
INSERT INTO employees (emp_id, name, manager_id, department_id, salary, hire_date) VALUES (21, 'Jon Weber', 8, 5, 2, '2018-02-12');
