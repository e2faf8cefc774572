/**
 * The history in SQLite: attempts, sessions, suspended questions and saved memory, each attempt committed when it is rated; the schema's migrations; the recovery journal for answers the database cannot take; and checks that refuse a damaged or newer file untouched.
 */
package viva.store;
