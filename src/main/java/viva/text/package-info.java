/**
 * Text as a person reads it: Markdown rendered to styled lines that wrap by display columns, words and keywords in English and Chinese, escaping of what must be shown and never executed, and JSON.
 */
package viva.text;
