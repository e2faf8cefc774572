package viva.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Practice days laid out like a contribution graph: one column per week, Monday on top, the last
 * column holding {@code end}. Each day gets a level 0-4 relative to the busiest day shown.
 */
public record CalendarGrid(List<List<Day>> weeks) {
    public static final int LEVELS = 5;

    /** {@code inRange} is false for the days after {@code end} in its week, which are left blank. */
    public record Day(LocalDate date, int count, int level, boolean inRange) {
    }

    public CalendarGrid {
        weeks = weeks.stream().map(List::copyOf).toList();
    }

    public static CalendarGrid of(Map<LocalDate, Integer> days, LocalDate end, int weekCount) {
        LocalDate start = end.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weekCount - 1L);
        int max = days.entrySet().stream().filter(e -> !e.getKey().isBefore(start) && !e.getKey().isAfter(end))
                .mapToInt(Map.Entry::getValue).max().orElse(0);
        List<List<Day>> weeks = new ArrayList<>();
        for (int w = 0; w < weekCount; w++) {
            List<Day> week = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                LocalDate date = start.plusDays(7L * w + d);
                int count = days.getOrDefault(date, 0);
                week.add(new Day(date, count, level(count, max), !date.isAfter(end)));
            }
            weeks.add(week);
        }
        return new CalendarGrid(weeks);
    }

    /** 0 for no practice; otherwise 1-4 by quarter of the busiest day, so a single busy day does not hide the rest. */
    static int level(int count, int max) {
        if (count <= 0 || max <= 0) {
            return 0;
        }
        return Math.max(1, Math.min(LEVELS - 1, (int) Math.ceil(4.0 * count / max)));
    }

    public int practiceDays() {
        return (int) weeks.stream().flatMap(List::stream).filter(d -> d.inRange() && d.count() > 0).count();
    }
}
