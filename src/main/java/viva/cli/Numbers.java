package viva.cli;

import picocli.CommandLine;

import java.util.function.Function;

/** Numbers on the command line, refused in words a person uses rather than as "not a double". */
final class Numbers {
    private Numbers() {
    }

    static void register(CommandLine cl) {
        CommandLine.ITypeConverter<Integer> whole = v -> parse(v, Integer::valueOf, "a whole number, e.g. 10");
        CommandLine.ITypeConverter<Long> big = v -> parse(v, Long::valueOf, "a whole number, e.g. 42");
        CommandLine.ITypeConverter<Double> real = v -> parse(v, Double::valueOf, "a number, e.g. 1.5");
        cl.registerConverter(Integer.class, whole).registerConverter(Integer.TYPE, whole)
                .registerConverter(Long.class, big).registerConverter(Long.TYPE, big)
                .registerConverter(Double.class, real).registerConverter(Double.TYPE, real);
    }

    private static <T> T parse(String value, Function<String, T> parser, String what) {
        try {
            return parser.apply(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not " + what);
        }
    }
}
