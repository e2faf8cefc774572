package viva.config;

import java.io.Serial;
import java.util.List;

/** The configuration has problems; each is located (file:line:col, or the environment variable). */
public final class ConfigException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more; run 'viva config')" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
