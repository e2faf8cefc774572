/**
 * The application layer: a practice session (the history store, each question's memory and the screen, and what recording a rating means: store it, update the memory, say when it comes back), the question plan (pick, due, weak, leeches, exam, mock packing) and the mapping of the history into reports.
 */
package viva.practice;
