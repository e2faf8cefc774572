package viva.config;

import viva.bank.Lang;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The effective settings, each with where it came from. Immutable: a flag gives a new Config. */
public final class Config {
    private final Path file;
    private final boolean fileFound;
    private final Map<Key, Setting> settings;

    Config(Path file, boolean fileFound, Map<Key, Setting> settings) {
        this.file = file;
        this.fileFound = fileFound;
        this.settings = Collections.unmodifiableMap(new EnumMap<>(settings));
    }

    /** The file that was read, or would be read if it existed. */
    public Path file() {
        return file;
    }

    public boolean fileFound() {
        return fileFound;
    }

    public Setting get(Key key) {
        return settings.get(key);
    }

    /** Every setting in {@link Key} order. */
    public List<Setting> all() {
        return new ArrayList<>(settings.values());
    }

    /** A flag given on the command line wins over every other layer; null means the flag was not given. */
    public Config withFlag(Key key, Object value, String flag) {
        if (value == null) {
            return this;
        }
        Map<Key, Setting> changed = new EnumMap<>(settings);
        changed.put(key, new Setting(key, value, Origin.FLAG, flag));
        return new Config(file, fileFound, changed);
    }

    public Lang lang() {
        return (Lang) value(Key.LANG);
    }

    public int count() {
        return (Integer) value(Key.COUNT);
    }

    public double timeScale() {
        return (Double) value(Key.TIME_SCALE);
    }

    @SuppressWarnings("unchecked")
    public List<Path> banks() {
        return (List<Path>) value(Key.BANKS);
    }

    /** The PostgreSQL database of the history, or empty for the SQLite file in the data folder. */
    public Optional<HistoryUrl> history() {
        return Optional.ofNullable((HistoryUrl) value(Key.HISTORY));
    }

    /** Who is practising under a database role several people share; empty: the role itself. */
    public Optional<String> learner() {
        return Optional.ofNullable((String) value(Key.LEARNER));
    }

    public ColorChoice color() {
        return (ColorChoice) value(Key.COLOR);
    }

    public double desiredRetention() {
        return (Double) value(Key.DESIRED_RETENTION);
    }

    public int newPerDay() {
        return (Integer) value(Key.NEW_PER_DAY);
    }

    /** A question rated Again this many times is a leech: drilling it the same way is not working. */
    public int leechThreshold() {
        return (Integer) value(Key.LEECH_THRESHOLD);
    }

    public Optional<LocalDate> examDate() {
        return Optional.ofNullable((LocalDate) value(Key.EXAM_DATE));
    }

    private Object value(Key key) {
        return settings.get(key).value();
    }
}
