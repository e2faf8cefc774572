package viva.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Paths from the command line. Java decodes arguments and file names in the C library's locale, and
 * when that locale is unset or not installed it is ASCII: a Chinese file name then cannot be opened at
 * all, and the person needs to hear how to fix their locale rather than about a malformed input.
 */
final class FileNames implements CommandLine.ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException(problem(e));
        }
    }

    static String problem(InvalidPathException e) {
        return "cannot use the file name '" + e.getInput() + "': Java reads file names in the locale's character set ("
                + System.getProperty("sun.jnu.encoding") + " here), which cannot hold it; "
                + "run viva with an installed UTF-8 locale, e.g. LANG=C.UTF-8 (see 'locale -a')";
    }
}
