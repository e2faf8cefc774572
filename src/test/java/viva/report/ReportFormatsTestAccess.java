package viva.report;

import java.util.List;
import java.util.Map;

/** Lets CLI tests read CSV the way the report tests do. */
public final class ReportFormatsTestAccess {
    private ReportFormatsTestAccess() {
    }

    public static List<Map<String, String>> readCsv(String csv) throws Exception {
        return ReportFormatsTest.readCsv(csv);
    }
}
