package viva.term;

import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;

import java.util.List;

/**
 * JLine's line reader with one fix to how it draws: a Chinese answer that fills a row exactly must not
 * show its last character twice.
 *
 * <p>On terminals that delay the wrap at the right margin (xterm, tmux, screen: nearly all), JLine's
 * {@link Display} reaches the margin by writing the row's last character again in the last column. A
 * double-width character does not fit in one column, so the terminal moves it to the next row, where
 * it appears a second time and shifts everything after it. JLine 3.30 creates its Display inside
 * {@code readLine}; the first redisplay of each line swaps in one that writes such a character from
 * its first column instead.
 */
final class AnswerReader extends LineReaderImpl {

    AnswerReader(Terminal terminal) {
        super(terminal, "viva", null);
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
