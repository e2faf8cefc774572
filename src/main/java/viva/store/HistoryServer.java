package viva.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A history on a PostgreSQL server: how the driver reaches it, how it is named to a person, and the local
 * folder whose recovery journal keeps rated answers while the server cannot be reached.
 *
 * @param jdbcUrl the driver's URL; the password is never in it (the driver reads ~/.pgpass itself)
 * @param properties the driver's connection properties (user, sslmode, service, ...)
 * @param shown the URL as 'viva config' shows it
 * @param local where the recovery journal lives: the folder of the SQLite history
 * @param learner who is practising, where several people share one role; empty: the role
 * @param cohort whether to read every learner's rows (granted by the server to the organiser's role only)
 */
public record HistoryServer(String jdbcUrl, Map<String, String> properties, String shown, Path local, Optional<String> learner,
                            boolean cohort) {
    public HistoryServer {
        properties = Map.copyOf(properties);
    }

    /** The same server, read as the whole cohort. */
    public HistoryServer asCohort() {
        return new HistoryServer(jdbcUrl, properties, shown, local, learner, true);
    }

    /** The local SQLite history's place, which names the recovery journal beside it and the server's errors. */
    Path localFile() {
        return local.resolve("viva.db");
    }
}
