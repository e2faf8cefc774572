package viva.store;

import viva.schedule.Memory;

/**
 * Every question's memory as of attempt {@code upto}; {@code saved} when the history file already holds
 * exactly this memory, so that there is nothing to save.
 */
public record Remembered(Memory memory, long upto, boolean saved) {
}
