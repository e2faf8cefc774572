package viva.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Finds bank files: the built-in ones inside the jar, and the user's files and folders. */
public final class BankFiles {
    private static final String BUILTIN = "questions";

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
            return readFolder(Path.of(url.toURI()), BUILTIN + "/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the jar the class loader already has open; a zip file system would index all its entries again. */
    private static List<Source> readJar(JarFile jar) throws IOException {
        List<String> names = jar.stream().map(JarEntry::getName)
                .filter(n -> n.startsWith(BUILTIN + "/") && (n.endsWith(".yaml") || n.endsWith(".yml")))
                .sorted().toList();
        List<Source> sources = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
                sources.add(new Source(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return sources;
    }

    /** A bank file, or every .yaml/.yml file under a folder; named as the user wrote the path. */
    public static List<Source> read(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such file or folder");
        }
        if (Files.isDirectory(path)) {
            String prefix = path.toString().endsWith("/") ? path.toString() : path + "/";
            return readFolder(path, prefix);
        }
        return List.of(new Source(path.toString(), Files.readString(path, StandardCharsets.UTF_8)));
    }

    /** The user's bank folder is optional: it may not exist yet. */
    public static List<Source> readIfPresent(Path folder) throws IOException {
        return Files.isDirectory(folder) ? read(folder) : List.of();
    }

    private static List<Source> readFolder(Path folder, String prefix) throws IOException {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(BankFiles::isBank).sorted().toList()) {
                String name = prefix + folder.relativize(file).toString();
                sources.add(new Source(name, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return sources;
    }

    private static boolean isBank(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }
}
