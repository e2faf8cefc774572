package viva.cli;

import picocli.CommandLine.Option;
import viva.practice.History;
import viva.report.Report;
import viva.report.ReportScope;

import java.io.IOException;
import java.io.PrintWriter;

/** '--cohort', shared by stats and report: a shared server's every learner, which it shows to the organiser only. */
final class CohortOption {
    @Option(names = "--cohort", description = "Every learner of a history shared on PostgreSQL, with a table per learner;"
            + " the server shows them only to the organiser, the role that owns viva's tables.")
    boolean cohort;

    /** Whether the cohort was asked for. */
    boolean asked() {
        return cohort;
    }

    /** The history to read: the cohort's when asked, else this learner's own. */
    History open(RootCommand root, PrintWriter notices) throws IOException {
        return cohort ? History.cohort(root.settings(), root.context.env())
                : History.forReading(root.settings(), root.context.env(), notices);
    }

    /** The report with its table of learners when it is a cohort's. */
    Report addLearners(Report report, History history, ReportScope scope) throws IOException {
        return cohort ? report.withLearners(history.learners(scope)) : report;
    }
}
