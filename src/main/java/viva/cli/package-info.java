/**
 * The command line, and only that: one picocli class per subcommand, the mixins and converters they share, the error handler that turns exceptions into exit statuses ({@link viva.cli.ExitCode}), and {@link viva.cli.Main}, which parses, runs and exits. Commands are thin: the work is in {@code viva.practice} and below.
 */
package viva.cli;
