package viva.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import viva.bank.Lang;
import viva.schedule.Rating;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Where a rated answer goes when the history cannot take it (damaged, locked, read-only, a full disk):
 * one JSON line per attempt, fsync'd, in a small file beside the history, merged into it on the next
 * start that finds the history healthy. The file keeps a reserve of zero bytes at its end, written while
 * there was room, so that an answer still fits when the disk has filled up meanwhile.
 */
public final class RecoveryJournal {
    /** About fifty answers of average length; the file grows past it when it must and can. */
    static final int RESERVE = 64 * 1024;

    /** Appends and reserves of every journal in this process, one at a time (see {@link #inTurn}). */
    private static final Object TURNS = new Object();

    private final Path file;
    private final String run = UUID.randomUUID().toString();

    public RecoveryJournal(Path file) {
        this.file = file;
    }

    /** The journal of the history {@code database}: in the same folder, so on the same disk and under the same rights. */
    public static RecoveryJournal beside(Path database) {
        return new RecoveryJournal(database.resolveSibling("viva-recovery.jsonl"));
    }

    public Path file() {
        return file;
    }

    /** One entry: the attempt, and the session it belongs to (id 0 when the session never reached the history). */
    record Entry(String key, String run, Session session, StoredAttempt attempt) {
    }

    /** Makes room for answers while there is some: run at the start of a drill, before it is needed. */
    public void reserve() throws IOException {
        inTurn(ch -> {
            long size = ch.size();
            if (size < RESERVE) {
                ch.write(ByteBuffer.allocate((int) (RESERVE - size)), size);
                ch.force(true);
            }
            return null;
        });
    }

    /** Appends one attempt and forces it to the disk before returning. */
    public void append(Session session, StoredAttempt attempt) throws IOException {
        byte[] line = (Store.json(json(new Entry(UUID.randomUUID().toString(), run, session, attempt))) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        inTurn(ch -> {
            ch.write(ByteBuffer.wrap(line), end(ch));
            ch.force(true);
            return null;
        });
    }

    /**
     * The reserve, the appends and the merge take turns. The reserve writes its zeros from the end it has just
     * read, and a drill makes it on another thread while its first answer may be going in: an answer appended in
     * between was overwritten. The merge replaces the file with what is left of it: an answer appended between its
     * reading and its replacing was dropped. This process's threads wait for one another; another process's, for
     * the file's lock (where the file system has none, for nothing more than before).
     *
     * <p>A lock is held on a file, not on its name, and the merge puts a new file in place: a process that opened
     * the old one and waited for its lock would write where nobody reads again. So the name must still lead to
     * the file that was opened once its lock is held; else the turn begins again, on the new file.
     */
    private <T> T inTurn(ChannelWork<T> work) throws IOException {
        synchronized (TURNS) {
            while (true) {
                Object opened = identity();
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE)) {
                    FileLock lock = null;
                    try {
                        lock = ch.lock();
                    } catch (IOException unsupported) {
                        // an NFS mount without a lock daemon, say: within this process the turns still hold
                    }
                    try {
                        if (Objects.equals(opened, identity())) {
                            return work.write(ch);
                        }
                    } finally {
                        if (lock != null) {
                            lock.release();
                        }
                    }
                }
            }
        }
    }

    /** The file the name leads to now (its device and inode on Unix); null when there is none, or no such notion. */
    private Object identity() throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException none) {
            return null;
        }
    }

    @FunctionalInterface
    private interface ChannelWork<T> {
        T write(FileChannel ch) throws IOException;
    }

    /** The entries waiting to be merged, and the lines that could not be read (kept, never dropped). */
    record Contents(List<Entry> entries, List<String> unreadable) {
    }

    Contents read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return new Contents(new ArrayList<>(), new ArrayList<>());
        }
        return contents(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }

    private static Contents contents(String text) {
        List<Entry> entries = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        int nul = text.indexOf('\0');
        for (String line : (nul < 0 ? text : text.substring(0, nul)).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(entry(Store.Mapper.JSON.readTree(line)));
            } catch (JsonProcessingException | RuntimeException e) {
                unreadable.add(line);
            }
        }
        return new Contents(entries, unreadable);
    }

    /** How many attempts wait here; 0 when there is no journal. */
    public int pending() throws IOException {
        return read().entries().size();
    }

    /**
     * Moves every entry into the history in one transaction, then empties the journal. Each entry's key is
     * recorded with it, so a merge cut short between the two steps skips what it already moved next time. The
     * whole merge is one turn (see {@link #inTurn}): an answer another drill keeps meanwhile waits for it, and is
     * then appended to the emptied journal; two commands starting at once merge one after the other.
     */
    int mergeInto(Store store, Database db) throws IOException {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        return inTurn(ch -> {
            Contents contents = contents(StandardCharsets.UTF_8.decode(readAll(ch)).toString());
            if (contents.entries().isEmpty()) {
                return 0;
            }
            int merged;
            try {
                merged = db.transaction(() -> moveAll(store, db, contents.entries()));
            } catch (SQLException e) {
                throw db.failure(e);
            }
            rewrite(contents.unreadable());
            return merged;
        });
    }

    private static int moveAll(Store store, Database db, List<Entry> entries) throws SQLException {
        int n = 0;
        for (Entry e : entries) {
            if (recovered(db, e.key()).isPresent()) {
                continue;
            }
            long session = sessionFor(db, e);
            StoredAttempt a = e.attempt();
            long id = store.insert(new StoredAttempt(0, session, a.mode(), a.questionId(), a.bank(), a.textHash(),
                    a.lang(), a.tags(), a.startedAt(), a.endedAt(), a.taken(), a.budget(), a.hintsUsed(), a.answer(),
                    a.points(), a.rating(), a.suggested()));
            remember(db, e.key(), id);
            n++;
        }
        return n;
    }

    private static ByteBuffer readAll(FileChannel ch) throws IOException {
        ByteBuffer all = ByteBuffer.allocate(Math.toIntExact(ch.size()));
        // read(buffer, position) may stop short of the end: go on from where it did
        int read = 0;
        while (all.hasRemaining() && read >= 0) {
            read = ch.read(all, all.position());
        }
        return all.flip();
    }

    /** The session an entry's attempt belongs to: the stored one it names, or one made once per run of viva. */
    private static long sessionFor(Database db, Entry e) throws SQLException {
        Session s = e.session();
        if (s.id() > 0 && !db.query("SELECT 1 FROM session WHERE id = ? AND started_at = ?",
                List.of(s.id(), s.startedAt().toEpochMilli()), rs -> 1).isEmpty()) {
            return s.id();
        }
        Optional<Long> made = recovered(db, "run:" + e.run());
        if (made.isPresent()) {
            return made.get();
        }
        String sql = "INSERT INTO session (mode, started_at, filters, seed) VALUES (?, ?, ?, ?)";
        try (PreparedStatement ps = db.connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            Database.bind(ps, List.of(s.mode(), s.startedAt().toEpochMilli(), s.filters()));
            ps.setObject(4, s.seed().isPresent() ? s.seed().getAsLong() : null);
            ps.executeUpdate();
            long id;
            try (var keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            remember(db, "run:" + e.run(), id);
            return id;
        }
    }

    private static Optional<Long> recovered(Database db, String key) throws SQLException {
        return db.query("SELECT row_id FROM recovered WHERE key = ?", List.of(key), rs -> rs.getLong(1)).stream().findFirst();
    }

    private static void remember(Database db, String key, long id) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO recovered (key, row_id) VALUES (?, ?)")) {
            Database.bind(ps, List.of(key, id));
            ps.executeUpdate();
        }
    }

    /** Replaces the journal whole (what is left of it, and the reserve), so that a crash leaves the old or the new one. */
    private void rewrite(List<String> keep) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        StringBuilder text = new StringBuilder();
        keep.forEach(line -> text.append(line).append('\n'));
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(bytes));
            ch.write(ByteBuffer.allocate(Math.max(0, RESERVE - bytes.length)));
            ch.force(true);
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Where the next line goes: just after the last byte that is not part of the zero reserve. */
    private static long end(FileChannel ch) throws IOException {
        long size = ch.size();
        ByteBuffer buf = ByteBuffer.allocate(4096);
        long pos = size;
        while (pos > 0) {
            long from = Math.max(0, pos - buf.capacity());
            buf.clear().limit((int) (pos - from));
            ch.read(buf, from);
            for (int i = buf.position() - 1; i >= 0; i--) {
                if (buf.get(i) != 0) {
                    return from + i + 1;
                }
            }
            pos = from;
        }
        return 0;
    }

    private static ObjectNode json(Entry e) {
        ObjectNode root = Store.Mapper.JSON.createObjectNode();
        root.put("key", e.key());
        root.put("run", e.run());
        Session s = e.session();
        ObjectNode session = root.putObject("session");
        session.put("id", s.id());
        session.put("mode", s.mode());
        session.put("started_at", s.startedAt().toEpochMilli());
        session.put("filters", s.filters());
        if (s.seed().isPresent()) {
            session.put("seed", s.seed().getAsLong());
        }
        StoredAttempt a = e.attempt();
        ObjectNode attempt = root.putObject("attempt");
        attempt.put("question_id", a.questionId());
        attempt.put("bank", a.bank());
        attempt.put("text_hash", a.textHash());
        attempt.put("lang", a.lang().code());
        a.tags().forEach(attempt.putArray("tags")::add);
        attempt.put("started_at", a.startedAt().toEpochMilli());
        attempt.put("ended_at", a.endedAt().toEpochMilli());
        attempt.put("taken_ms", a.taken().toMillis());
        attempt.put("budget_ms", a.budget().toMillis());
        attempt.put("hints_used", a.hintsUsed());
        attempt.put("answer", a.answer());
        a.points().ifPresent(p -> p.forEach(attempt.putArray("points")::add));
        a.rating().ifPresent(r -> attempt.put("rating", r.value()));
        if (a.corrected()) {
            a.suggested().ifPresentOrElse(p -> p.forEach(attempt.putArray("suggested")::add), () -> attempt.putNull("suggested"));
        }
        return root;
    }

    private static Optional<List<Boolean>> booleans(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        List<Boolean> list = new ArrayList<>();
        node.forEach(p -> list.add(p.asBoolean()));
        return Optional.of(list);
    }

    private static Entry entry(JsonNode root) {
        JsonNode s = root.required("session");
        JsonNode a = root.required("attempt");
        OptionalLong seed = s.hasNonNull("seed") ? OptionalLong.of(s.get("seed").asLong()) : OptionalLong.empty();
        Session session = new Session(s.required("id").asLong(), s.required("mode").asText(),
                Instant.ofEpochMilli(s.required("started_at").asLong()), Optional.empty(), s.required("filters").asText(), seed);
        List<String> tags = new ArrayList<>();
        a.required("tags").forEach(t -> tags.add(t.asText()));
        Optional<List<Boolean>> points = booleans(a.get("points"));
        Optional<Rating> rating = a.hasNonNull("rating") ? Optional.of(Rating.of(a.get("rating").asInt())) : Optional.empty();
        Optional<List<Boolean>> suggested = a.has("suggested") ? booleans(a.get("suggested")) : points;
        StoredAttempt attempt = new StoredAttempt(0, session.id(), session.mode(), a.required("question_id").asText(),
                a.required("bank").asText(), a.required("text_hash").asText(),
                Lang.parse(a.required("lang").asText()).orElse(Lang.EN), tags,
                Instant.ofEpochMilli(a.required("started_at").asLong()), Instant.ofEpochMilli(a.required("ended_at").asLong()),
                Duration.ofMillis(a.required("taken_ms").asLong()), Duration.ofMillis(a.required("budget_ms").asLong()),
                a.required("hints_used").asInt(), a.required("answer").asText(), points, rating, suggested);
        return new Entry(root.required("key").asText(), root.required("run").asText(), session, attempt);
    }
}
