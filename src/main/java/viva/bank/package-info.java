/**
 * Question banks: the YAML format read with located problems ({@code file:line:col}), the catalogue of loaded questions, the built-in banks pre-parsed at build time, and the checks on text that comes from a bank (control characters, keywords).
 */
package viva.bank;
