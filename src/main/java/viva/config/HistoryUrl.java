package viva.config;

import viva.text.Closest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A history kept on a PostgreSQL server, written as libpq writes a connection URI:
 * {@code postgresql://[user@]host[:port][,host[:port]...][/database][?name=value&...]}. Credentials and TLS follow
 * libpq's own files: the password comes from {@code ~/.pgpass} (or PGPASSFILE), a whole connection may be a service
 * of {@code ~/.pg_service.conf} ({@code ?service=NAME}, or PGSERVICE). A password is refused in the URL itself, so
 * that it is never shown by 'viva config' nor left in the environment of every process.
 *
 * @param user the role, or empty for libpq's default (the service's, else PGUSER, else the login name)
 * @param hosts host and port pairs, tried in order; empty where a service names them (?service=NAME, or PGSERVICE)
 * @param database the database, or empty for the user's own (libpq's default)
 * @param params connection parameters, in the order given
 */
public record HistoryUrl(Optional<String> user, List<Host> hosts, Optional<String> database, Map<String, String> params) {
    /** One server to try: the port is libpq's 5432 unless given. */
    public record Host(String name, int port) {
        @Override
        public String toString() {
            return (name.contains(":") ? "[" + name + "]" : name) + (port == DEFAULT_PORT ? "" : ":" + port);
        }
    }

    public static final int DEFAULT_PORT = 5432;
    /** The libpq parameters a history connection may set, each one the PostgreSQL JDBC driver reads the same way. */
    public static final List<String> PARAMETERS = List.of("sslmode", "sslrootcert", "sslcert", "sslkey", "service",
            "connect_timeout", "application_name");
    public static final List<String> SSL_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    private static final Set<String> SCHEMES = Set.of("postgresql", "postgres");
    private static final Set<String> SECRETS = Set.of("password", "sslpassword", "passfile");
    private static final Pattern URI = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?]*)(?:/([^?]*))?(?:\\?(.*))?");
    private static final Pattern HOST = Pattern.compile("(\\[[0-9a-fA-F:.]+]|[^:\\[\\]]*)(?::([0-9]*))?");

    public HistoryUrl {
        hosts = List.copyOf(hosts);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** Whether the text is meant as a server's URL rather than anything else, so that its problems are told as a URL's. */
    public static boolean looksLikeUrl(String text) {
        return text.contains("://");
    }

    public static HistoryUrl parse(String text) throws BadValue {
        Matcher m = URI.matcher(text.strip());
        if (!m.matches()) {
            throw new BadValue("'" + text + "' is not a PostgreSQL URL; write postgresql://HOST/DATABASE, e.g. postgresql://db.example.org/viva");
        }
        if (!SCHEMES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            throw new BadValue("'" + m.group(1) + "://' is not a history viva can use: only postgresql:// (or postgres://) is;"
                    + " without the setting, the history is the SQLite file viva.db in viva's data folder");
        }
        String authority = m.group(2);
        int at = authority.lastIndexOf('@');
        Optional<String> user = Optional.empty();
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            if (userInfo.contains(":")) {
                throw new BadValue("a password does not belong in the URL, where 'viva config' and every process's environment"
                        + " would show it; put it in ~/.pgpass (or the file PGPASSFILE names), one line HOST:PORT:DATABASE:USER:PASSWORD");
            }
            user = Optional.of(decode(userInfo)).filter(u -> !u.isEmpty());
            authority = authority.substring(at + 1);
        }
        List<Host> hosts = hosts(authority);
        Optional<String> database = Optional.ofNullable(m.group(3)).map(HistoryUrl::decode).filter(d -> !d.isEmpty());
        Map<String, String> params = params(m.group(4));
        return new HistoryUrl(user, hosts, database, params);
    }

    private static List<Host> hosts(String text) throws BadValue {
        List<Host> hosts = new ArrayList<>();
        if (text.isEmpty()) {
            return hosts;
        }
        for (String part : text.split(",", -1)) {
            Matcher m = HOST.matcher(part);
            if (!m.matches() || m.group(1).isEmpty()) {
                throw new BadValue("'" + part + "' is not a host, nor host:port (e.g. db.example.org:5432)");
            }
            String name = m.group(1).startsWith("[") ? m.group(1).substring(1, m.group(1).length() - 1) : decode(m.group(1));
            int port = DEFAULT_PORT;
            if (m.group(2) != null) {
                port = m.group(2).matches("[0-9]{1,5}") ? Integer.parseInt(m.group(2)) : -1;
                if (port < 1 || port > 65_535) {
                    throw new BadValue("'" + m.group(2) + "' is not a port; a port is a number from 1 to 65535 (PostgreSQL's is 5432)");
                }
            }
            hosts.add(new Host(name, port));
        }
        return hosts;
    }

    private static Map<String, String> params(String text) throws BadValue {
        Map<String, String> params = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return params;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (SECRETS.contains(name)) {
                throw new BadValue("'" + name + "' does not belong in the URL, where 'viva config' would show it;"
                        + " a password goes in ~/.pgpass (or the file PGPASSFILE names)");
            }
            if (!PARAMETERS.contains(name)) {
                throw new BadValue("'" + name + "' is not a connection parameter viva passes on; it takes "
                        + String.join(", ", PARAMETERS) + Closest.best(name, PARAMETERS).map(c -> " (did you mean '" + c + "'?)").orElse(""));
            }
            if (name.equals("sslmode") && !SSL_MODES.contains(value)) {
                throw new BadValue("'" + value + "' is not an sslmode; libpq's are " + String.join(", ", SSL_MODES)
                        + Closest.best(value, SSL_MODES).map(c -> " (did you mean '" + c + "'?)").orElse(""));
            }
            if (params.put(name, value) != null) {
                throw new BadValue("'" + name + "' is given twice in the URL; give it once");
            }
        }
        return params;
    }

    private static String decode(String text) {
        // libpq percent-decodes every part; a '+' is a plus sign in a URI, not a space as in a form.
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The URL as written back: what 'viva config' shows, and what can be pasted into the file again. Never a secret. */
    @Override
    public String toString() {
        StringBuilder url = new StringBuilder("postgresql://");
        user.ifPresent(u -> url.append(encode(u)).append('@'));
        url.append(String.join(",", hosts.stream().map(Host::toString).toList()));
        url.append('/').append(database.map(HistoryUrl::encode).orElse(""));
        List<String> pairs = new ArrayList<>();
        params.forEach((name, value) -> pairs.add(name + "=" + encode(value)));
        if (!pairs.isEmpty()) {
            url.append('?').append(String.join("&", pairs));
        }
        return url.toString();
    }

    private static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean plain = c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0);
            out.append(plain ? String.valueOf(c) : String.format("%%%02X", b & 0xff));
        }
        return out.toString();
    }
}
