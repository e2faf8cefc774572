/**
 * One drill as plain Java: the turn of each question (ask, answer, reveal, rate), the screen it talks to ({@link viva.drill.DrillScreen}), the attempt it hands on, the key-point coverage of an answer, and the filters that pick questions. It knows no terminal and no store.
 */
package viva.drill;
