package viva.schedule;

/** Stability (days until recall falls to 90%) and difficulty (1-10), the two numbers FSRS models. */
public record MemoryState(double stability, double difficulty) {
}
