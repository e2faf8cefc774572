/**
 * The stats, history, list and forecast tables as lines of styled text, at most a given number of display
 * columns wide; the terminal colours them, a pipe gets their plain text.
 */
package viva.report.table;
