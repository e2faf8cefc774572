package viva.cli;

import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date as the options take it; anything else is named with the form it must have. */
final class Dates {
    private Dates() {
    }

    static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date; use YYYY-MM-DD, e.g. 2026-12-14");
        }
    }
}
