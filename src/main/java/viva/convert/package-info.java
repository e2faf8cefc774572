/**
 * Into and out of banks: importing Markdown collections of questions, exporting to Anki and JSON, and the editor a bank is opened in.
 */
package viva.convert;
