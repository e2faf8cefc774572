package viva.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version from the jar's manifest, which Maven writes at package time, and the commit it was
 * built from, which the git-commit-id plugin writes to viva/git.properties; a bug report needs both.
 */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = RootCommand.class.getPackage().getImplementationVersion();
        return new String[] {"viva " + (version == null ? "(development build)" : version) + ", commit " + commit()};
    }

    static String commit() {
        try (InputStream in = Version.class.getResourceAsStream("/viva/git.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties git = new Properties();
            git.load(in);
            String id = git.getProperty("git.commit.id.abbrev", "");
            if (id.isBlank()) {
                return "unknown";
            }
            return id + ("true".equals(git.getProperty("git.dirty")) ? " (with uncommitted changes)" : "");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
