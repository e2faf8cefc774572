package viva.term;

import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;

import java.util.List;

/**
 * JLine's line reader with two fixes to how it draws. A key that discards the line being typed takes it
 * off the screen too; and a Chinese answer that fills a row exactly must not show its last character twice.
 *
 * <p>Ctrl-G (and Esc Ctrl-G, Ctrl-X Ctrl-G, and the BEL that ends an escape sequence pasted without
 * bracketed paste, such as {@code ESC ] 0 ; title BEL}) is JLine's send-break: it empties the line but
 * leaves it on the screen and starts a fresh one under it, so that the answer on screen has a line the
 * saved answer does not. Here it empties the line where it stands, as Ctrl-U does.
 *
 * <p>On terminals that delay the wrap at the right margin (xterm, tmux, screen: nearly all), JLine's
 * {@link Display} reaches the margin by writing the row's last character again in the last column. A
 * double-width character does not fit in one column, so the terminal moves it to the next row, where
 * it appears a second time and shifts everything after it. JLine 3.30 creates its Display inside
 * {@code readLine}; the first redisplay of each line swaps in one that writes such a character from
 * its first column instead. Still needed upstream: 3.30.16's {@code Display.moveVisualCursorTo} writes
 * the last column's character as before.
 */
final class AnswerReader extends LineReaderImpl {

    AnswerReader(Terminal terminal) {
        super(terminal, "viva", null);
    }

    /** What is on screen is what is saved: the discarded line is redrawn empty, in place. */
    @Override
    protected boolean sendBreak() {
        if (searchTerm != null) {
            return super.sendBreak();
        }
        buf.clear();
        return true;
    }

    @Override
    protected void redisplay(boolean flush) {
        if (display != null && display.getClass() == Display.class) {
            WideCharDisplay fixed = new WideCharDisplay(terminal);
            fixed.setDelayLineWrap(display.delayLineWrap());
            fixed.resize(size.getRows(), size.getColumns());
            display = fixed;
        }
        super.redisplay(flush);
    }

    static final class WideCharDisplay extends Display {
        WideCharDisplay(Terminal terminal) {
            super(terminal, false);
        }

        @Override
        protected void moveVisualCursorTo(int targetPos, List<AttributedString> newLines) {
            int row = targetPos / columns1;
            boolean atRight = targetPos % columns1 == columns;
            if (cursorPos != targetPos && atRight && row < newLines.size()) {
                AttributedString last = newLines.get(row).columnSubSequence(columns - 1, columns);
                int width = last.columnLength();
                if (width > 1) {
                    moveVisualCursorTo(targetPos - width);
                    last.print(terminal);
                    cursorPos += width;
                    return;
                }
            }
            super.moveVisualCursorTo(targetPos, newLines);
        }
    }
}
