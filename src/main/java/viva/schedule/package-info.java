/**
 * When each question comes back: FSRS-6 (parameters, memory states, the scheduler), each question's memory replayed from its reviews, and the planner for due, new, weak and exam plans. The ratings here are the vocabulary drill, store and report share.
 */
package viva.schedule;
