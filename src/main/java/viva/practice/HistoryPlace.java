package viva.practice;

import viva.config.Config;
import viva.config.DataDir;
import viva.config.HistoryUrl;
import viva.config.Zones;
import viva.store.HistoryServer;
import viva.store.RecoveryJournal;
import viva.store.Store;
import viva.store.StoreException;
import viva.store.UnreachableServer;

import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the history is kept: the SQLite file in viva's data folder, or the PostgreSQL database the 'history'
 * setting names. Either way the recovery journal stays in the data folder, on this machine, so that an answer
 * rated while the server is away is kept here until it can be written there.
 */
record HistoryPlace(Path file, Optional<HistoryUrl> url, Optional<String> learner, Map<String, String> env) {
    /** When the local copy was last brought up to date, as every other time viva shows. */
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    /** libpq's names of the parameters, as the PostgreSQL JDBC driver spells them. */
    private static final Map<String, String> DRIVER_NAMES = Map.of("connect_timeout", "connectTimeout",
            "application_name", "ApplicationName");

    static HistoryPlace of(Config settings, Map<String, String> env) {
        return new HistoryPlace(DataDir.database(env), settings.history(), settings.learner(), env);
    }

    /** Another history than the settings': a PostgreSQL URL, or a SQLite file. */
    static HistoryPlace elsewhere(String target, Config settings, Map<String, String> env) {
        if (HistoryUrl.looksLikeUrl(target)) {
            return new HistoryPlace(DataDir.database(env), Optional.of(HistoryUrl.of(target)), settings.learner(), env);
        }
        return new HistoryPlace(Path.of(target), Optional.empty(), settings.learner(), env);
    }

    /** The server VIVA_HISTORY names, as the store will connect to it, or empty where it names none that is valid. */
    static Optional<HistoryServer> early(String value, Map<String, String> env) {
        try {
            if (!HistoryUrl.looksLikeUrl(value)) {
                return Optional.empty();
            }
            return Optional.of(new HistoryPlace(DataDir.database(env), Optional.of(HistoryUrl.of(value)), Optional.empty(), env).server());
        } catch (StoreException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The server the settings name, as the store will connect to it; empty where they name none that is valid. */
    static Optional<HistoryServer> early(Config settings, Map<String, String> env) {
        try {
            return settings.history().isEmpty() ? Optional.empty() : Optional.of(of(settings, env).server());
        } catch (StoreException | RuntimeException e) {
            return Optional.empty();
        }
    }

    Store open() throws StoreException {
        return url.isPresent() ? Store.open(server()) : Store.open(file);
    }

    /**
     * For a drill or a plan: the history, or where its server cannot be reached, this machine's copy of it, which
     * keeps every answer in the recovery journal instead, so that practising goes on. Without a copy, a drill
     * goes on with none; where {@code needsHistory} (a plan of what is due), the server's absence is an error.
     */
    Store openToPractise(boolean needsHistory) throws StoreException {
        return url.isEmpty() ? Store.open(file) : serverOrCopy(Store::open, needsHistory);
    }

    /** The server's history opened by {@code open}, or where the server cannot be reached, this machine's copy of it. */
    private Store serverOrCopy(ServerOpening open, boolean needsHistory) throws StoreException {
        HistoryServer server = server();
        try {
            return open.open(server);
        } catch (UnreachableServer e) {
            return Store.offline(server, e, needsHistory);
        }
    }

    /** Where the store is this machine's copy of the server's history: one line that says so, and how old it is. */
    void tellStandIn(Store store, PrintWriter notices) {
        store.standIn().ifPresent(standIn -> {
            notices.println("viva: " + standIn.reason() + "; working from this machine's copy of it as of "
                    + AS_OF.format(standIn.asOf().atZone(Zones.of(env))));
            notices.flush();
        });
    }

    @FunctionalInterface
    private interface ServerOpening {
        Store open(HistoryServer server) throws StoreException;
    }

    /** Every learner's history, for the organiser of a cohort on a server; a file is one learner's. */
    Store openCohort() throws StoreException {
        if (url.isEmpty()) {
            throw new StoreException("--cohort reads a history that several learners share on PostgreSQL, and this one is the file "
                    + file + ": set 'history: postgresql://HOST/DATABASE' (see README, A history on PostgreSQL)");
        }
        return Store.openForReading(server().asCohort());
    }

    /** For commands that only read; a file that does not exist yet reads as an empty history, and none is made. */
    Store openForReading() throws StoreException {
        return url.isEmpty() ? Store.openForReading(file) : serverOrCopy(Store::openForReading, true);
    }

    private HistoryServer server() throws StoreException {
        return server(url.orElseThrow(), learner, env, file.getParent());
    }

    RecoveryJournal journal() {
        return RecoveryJournal.beside(file);
    }

    /** The driver's URL and properties for a libpq URL; a service comes from ?service=NAME, else from PGSERVICE. */
    private static HistoryServer server(HistoryUrl url, Optional<String> learner, Map<String, String> env, Path local)
            throws StoreException {
        Map<String, String> properties = new LinkedHashMap<>();
        url.user().ifPresent(u -> properties.put("user", u));
        String service = null;
        for (Map.Entry<String, String> p : url.params().entrySet()) {
            if (p.getKey().equals("service")) {
                service = p.getValue();
            } else {
                properties.put(DRIVER_NAMES.getOrDefault(p.getKey(), p.getKey()), p.getValue());
            }
        }
        if (service == null && url.hosts().isEmpty()) {
            service = Optional.ofNullable(env.get("PGSERVICE")).filter(s -> !s.isBlank()).orElse(null);
        }
        if (service == null && url.hosts().isEmpty()) {
            throw new StoreException("the history " + url + " names no server: write postgresql://HOST/DATABASE, or name a"
                    + " service of ~/.pg_service.conf with ?service=NAME or PGSERVICE");
        }
        List<String> hosts = url.hosts().stream().map(h -> (h.name().contains(":") ? "[" + h.name() + "]" : h.name()) + ":" + h.port()).toList();
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(String.join(",", hosts)).append('/');
        url.database().ifPresent(d -> jdbc.append(URLEncoder.encode(d, StandardCharsets.UTF_8)));
        if (service != null) {
            // The driver reads a service from its URL only, the way libpq does from its own.
            jdbc.append("?service=").append(URLEncoder.encode(service, StandardCharsets.UTF_8));
        }
        return new HistoryServer(jdbc.toString(), properties, url.toString(), local, learner, false);
    }
}
