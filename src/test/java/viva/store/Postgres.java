package viva.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster for the tests, made with Debian's initdb and pg_ctl in a temporary folder
 * and listening on a free local port: one a test run, started on first use and stopped when the JVM ends.
 * Each test takes a database of its own. Where the tests run as root (as CI does), the server runs as the
 * 'postgres' user the package creates, since PostgreSQL refuses to run as root. No PostgreSQL means a failure,
 * never a skip: .ci/run installs it.
 */
public final class Postgres {
    /** The cluster's superuser, who makes the test databases and roles. */
    public static final String ADMIN = "viva_test_admin";
    public static final String ADMIN_PASSWORD = "not-a-secret-" + ProcessHandle.current().pid();
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Postgres running;

    private final Path folder;
    private final int port;

    private Postgres(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    /** The cluster of this test run, started the first time it is asked for. */
    public static synchronized Postgres cluster() {
        if (running == null) {
            try {
                running = start();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("cannot start a PostgreSQL cluster for the tests (.ci/run installs Debian's"
                        + " postgresql package): " + e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "viva-test-postgres-stop"));
        }
        return running;
    }

    /**
     * A cluster of the caller's own, for a test that stops and starts its server: the shared one stays up for the
     * rest. The caller stops it when done.
     */
    public static Postgres own() {
        try {
            return start();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("cannot start a PostgreSQL cluster for the tests: " + e.getMessage(), e);
        }
    }

    /** Stops the server as a crash or a pulled cable would (its data kept): every client loses its connection. */
    public void halt() throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        run(as(root, binaries().resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
    }

    /** Starts a halted server again, on the same port, and waits until it takes connections. */
    public void resume() throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        run(as(root, binaries().resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-l",
                folder.resolve("log").toString(), "-w", "-o", options(port, folder), "start"));
    }

    private static String options(int port, Path folder) {
        // fsync off: the tests' durability is the client's business; the server's would only slow them.
        return "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60";
    }

    public int port() {
        return port;
    }

    /** A new, empty database, owned by the admin; its name is returned. */
    public String freshDatabase() {
        String name = "viva_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        admin("CREATE DATABASE " + name);
        return name;
    }

    /** Runs statements as the cluster's superuser, in the database 'postgres'. */
    public void admin(String... statements) {
        adminIn("postgres", statements);
    }

    public void adminIn(String database, String... statements) {
        try (Connection c = connect(database, ADMIN, ADMIN_PASSWORD); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test PostgreSQL: " + e.getMessage(), e);
        }
    }

    public Connection connect(String database, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, p);
    }

    /** The URL a person would write in 'history:' for this database. */
    public String url(String database, String user) {
        return "postgresql://" + user + "@127.0.0.1:" + port + "/" + database;
    }

    private static Postgres start() throws IOException, InterruptedException {
        Path bin = binaries();
        Path folder = Files.createTempDirectory("viva-test-pg");
        Path data = folder.resolve("data");
        Path pwfile = folder.resolve("pwfile");
        Files.writeString(pwfile, ADMIN_PASSWORD + "\n", StandardCharsets.UTF_8);
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", folder.toString()));
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        run(as(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", ADMIN, "--pwfile=" + pwfile,
                "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        run(as(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", folder.resolve("log").toString(), "-w",
                "-o", options(port, folder), "start"));
        return new Postgres(folder, port);
    }

    /** Stops the server at once and removes its folder: nothing in it is worth a clean shutdown. */
    public void stop() {
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            run(as(root, binaries().resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate", "stop"));
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException | InterruptedException e) {
            // the JVM is ending; a stray temporary folder is all that is left
        }
    }

    /** initdb and pg_ctl: on the PATH, else in Debian's versioned folder. */
    private static Path binaries() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb")) && Files.isExecutable(Path.of(dir, "pg_ctl"))) {
                return Path.of(dir);
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var found = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .sorted().reduce((a, b) -> b);
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new IOException("no initdb found on the PATH nor under /usr/lib/postgresql");
    }

    private static List<String> as(boolean root, String... command) {
        List<String> all = new ArrayList<>();
        if (root) {
            all.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        all.addAll(List.of(command));
        return all;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out.strip());
        }
    }
}
