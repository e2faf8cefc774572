package viva.bank;

/** A place in a bank file, 1-based, as editors count. */
public record Location(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
