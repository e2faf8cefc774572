package viva.config;

/**
 * One effective setting: its value, the layer it came from, and where in that layer (a file
 * position, an environment variable, a flag, or why the default is what it is).
 */
public record Setting(Key key, Object value, Origin origin, String where) {
    public String shown() {
        return Values.show(value);
    }
}
