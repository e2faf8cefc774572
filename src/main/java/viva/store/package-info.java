/**
 * The history, in a SQLite file or on a PostgreSQL server: attempts, sessions, suspended questions, running sums and saved memory, each attempt committed when it is rated; the one list of migrations for both engines (Dialect and PostgresSql keep their differences); copying a history between them; the recovery journal for answers the database cannot take; and checks that refuse a damaged, foreign or newer history untouched.
 */
package viva.store;
