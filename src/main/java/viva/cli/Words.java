package viva.cli;

import viva.bank.Difficulty;
import viva.bank.Lang;
import viva.config.ColorChoice;
import viva.drill.Order;
import viva.schedule.Rating;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The words picocli offers, lists in help and completes for the core's own enums: lower case, as people
 * type them. picocli matches them to the constants case-insensitively, so no enum is copied for the command line.
 */
final class Words {
    private Words() {
    }

    static final class Levels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Difficulty.labels().iterator();
        }
    }

    /** Chinese first, as viva has always offered them: the banks began as Chinese articles. */
    static final class Languages implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of(Lang.ZH.code(), Lang.EN.code()).iterator();
        }
    }

    static final class Orders implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Order.values()).map(Order::word).iterator();
        }
    }

    static final class Ratings implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Rating.values()).map(r -> r.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }

    static final class Colours implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ColorChoice.values()).map(ColorChoice::word).iterator();
        }
    }
}
