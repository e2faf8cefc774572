package viva.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.Map;
import java.util.TreeMap;

/** Finds bank files: the built-in ones inside the jar, and the user's files and folders. */
public final class BankFiles {
    /**
     * The largest bank file: 64 MiB, room for 10,000 long questions in one file. Unlike the configuration
     * ({@link TextFiles#LIMIT}), a bank may be large by design; above this, splitting it is the way on.
     */
    public static final int LIMIT = 64 * 1024 * 1024;
    private static final String BUILTIN = "questions";
    private static final String BANK = "a bank";

    private BankFiles() {
    }

    /** The banks shipped in the jar (or in target/classes when run from the build), sorted by name. */
    public static List<Source> builtin() {
        return Builtin.SOURCES;
    }

    /** Read once: the jar does not change while viva runs, and start-up may ask early on another thread. */
    private static final class Builtin {
        static final List<Source> SOURCES = List.copyOf(readBuiltin());
    }

    private static List<Source> readBuiltin() {
        URL url = BankFiles.class.getClassLoader().getResource(BUILTIN);
        if (url == null) {
            return List.of();
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                return readJar(((JarURLConnection) url.openConnection()).getJarFile());
            }
            return readFolder(Path.of(url.toURI()), BUILTIN + "/", true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The built-in banks in the jar the class loader already has open (a zip file system would index all its
     * entries again), each stamped with its entry's size and CRC-32 from the jar's directory and not read:
     * the parsed copy of the same bytes ({@link PreParsed}) is all a run uses. Its text is read from the jar
     * when something asks for it (validate, edit, a jar whose parsed copy is missing).
     */
    static List<Source> readJar(JarFile jar) throws IOException {
        List<JarEntry> entries = jar.stream()
                .filter(e -> e.getName().startsWith(BUILTIN + "/") && (e.getName().endsWith(".yaml") || e.getName().endsWith(".yml")))
                .sorted(Comparator.comparing(JarEntry::getName)).toList();
        List<Source> sources = new ArrayList<>();
        Path file = Path.of(jar.getName());
        for (JarEntry entry : entries) {
            String name = entry.getName();
            if (entry.getSize() < 0 || entry.getCrc() < 0) {
                sources.add(readEntry(jar, entry));
            } else {
                FileStamp stamp = new FileStamp(file, entry.getSize(), entry.getTime(), entry.getCrc());
                sources.add(Source.unread(name, stamp, () -> readEntry(jar, entry)));
            }
        }
        return sources;
    }

    private static Source readEntry(JarFile jar, JarEntry entry) {
        try (InputStream in = jar.getInputStream(entry)) {
            return new Source(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Source.refused(new Problem(new Location(entry.getName(), 1, 1), "cannot read the built-in bank: " + e.getMessage()));
        }
    }

    /**
     * A bank file, or every .yaml/.yml file under a folder; named as the user wrote the path. A file that
     * cannot be read as a bank (a FIFO, a device, over {@link #LIMIT}) comes back as a refused source,
     * reported in its place with the problems of the others. Each file is read for its stamp, its text not
     * kept ({@link TextFiles#stamp}): most runs take its questions from the cache; one that is not UTF-8 is
     * refused when it is parsed.
     */
    public static List<Source> read(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such file or folder");
        }
        if (Files.isDirectory(path)) {
            String prefix = path.toString().endsWith("/") ? path.toString() : path + "/";
            return readFolder(path, prefix, false);
        }
        return List.of(TextFiles.stamp(path, path.toString(), BANK, LIMIT));
    }

    /** The user's bank folder is optional: it may not exist yet. */
    public static List<Source> readIfPresent(Path folder) throws IOException {
        return Files.isDirectory(folder) ? read(folder) : List.of();
    }

    /**
     * Every bank file under the folder, in path order; a subfolder that cannot be read is a refused source, not
     * the end of the walk. The built-in banks ({@code keep}) are held as text, as they are when read from the jar.
     */
    private static List<Source> readFolder(Path folder, String prefix, boolean keep) throws IOException {
        Map<Path, Source> sources = new TreeMap<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (isBank(file)) {
                    String name = prefix + folder.relativize(file);
                    sources.put(file, keep ? TextFiles.read(file, name, BANK, LIMIT) : TextFiles.stamp(file, name, BANK, LIMIT));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String name = prefix + folder.relativize(file);
                sources.put(file, Source.refused(new Problem(new Location(name, 1, 1), "cannot read: "
                        + (e instanceof AccessDeniedException ? "permission denied" : e.getMessage()))));
                return FileVisitResult.CONTINUE;
            }
        });
        return new ArrayList<>(sources.values());
    }

    /** Any entry named like a bank that is not a folder: a FIFO called x.yaml is refused by name, not passed over. */
    private static boolean isBank(Path file) {
        String name = file.getFileName().toString();
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !Files.isDirectory(file);
    }
}
