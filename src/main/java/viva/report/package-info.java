/**
 * Reports of the history for a person: its own records of the figures (totals, tags, sessions, attempts), the
 * Markdown, HTML, CSV and JSON formats, and in {@code viva.report.table} the terminal tables. It knows no store:
 * {@code viva.practice} maps the history into these records.
 */
package viva.report;
