/**
 * The terminal, through JLine and nothing else: the drill's screen (live status line, answer reader, pager) and the palette that turns styled text into escape codes. Without a terminal the line protocol ({@link viva.term.LineScreen}) speaks plain lines.
 */
package viva.term;
