package viva.practice;

import viva.bank.Catalog;
import viva.bank.Question;
import viva.config.Config;
import viva.config.ConfigException;
import viva.config.Key;
import viva.config.Origin;
import viva.config.Setting;
import viva.drill.Drill;
import viva.drill.Filter;
import viva.drill.Order;
import viva.drill.Selector;
import viva.schedule.Memory;
import viva.schedule.Planner;
import viva.schedule.Rating;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which questions a drill asks, and in what order: picked by filters, or chosen by the schedule (due, weak,
 * leeches, an exam plan); and which ones a mock interview packs into its time.
 */
public final class QuestionPlan {
    /** How the questions are chosen. */
    public enum Way { PICK, DUE, WEAK, LEECHES, EXAM, RATED }

    /**
     * A drill's request. {@code countGiven} says whether the person set the count: a schedule gives what is due
     * unless told how many. {@code exam} is the date of {@link Way#EXAM}.
     */
    public record Request(Way way, Filter filter, int count, boolean countGiven, Order order, long seed,
                          Optional<LocalDate> exam, int newPerDay, Optional<Rated> rated) {
    }

    /** Custom study, as in Anki: the questions rated one of {@code ratings} at {@code since} or later. */
    public record Rated(Instant since, Set<Rating> ratings) {
    }

    private static final String NO_MATCH = "no question matches these filters; see 'viva list' and 'viva tags'";

    private final PracticeSession session;
    private final Config settings;
    private final PrintWriter err;

    public QuestionPlan(PracticeSession session, Config settings, PrintWriter err) {
        this.session = session;
        this.settings = settings;
        this.err = err;
    }

    /** The questions of a drill, from everything loaded minus what is suspended; empty when nothing is left to do. */
    public List<Question> drill(Catalog everything, Request request) throws Exception {
        Catalog catalog = session.drawable(everything);
        if (request.way() == Way.LEECHES) {
            List<String> scope = ids(Selector.matching(catalog, request.filter()));
            return session.leechesAmong(scope).stream().limit(request.count()).map(id -> catalog.find(id).orElseThrow()).toList();
        }
        if (request.way() == Way.RATED) {
            Rated rated = request.rated().orElseThrow();
            Set<String> scope = new HashSet<>(ids(Selector.matching(catalog, request.filter())));
            return session.ratedSince(rated.since(), rated.ratings()).stream().filter(scope::contains).limit(request.count())
                    .map(id -> catalog.find(id).orElseThrow()).toList();
        }
        if (request.way() == Way.PICK) {
            Order order = request.order();
            List<Question> picked = Selector.pick(catalog, request.filter(), request.count(), order, request.seed());
            if (picked.isEmpty()) {
                throw new RequestException(NO_MATCH);
            }
            return picked;
        }
        List<String> chosen = scheduled(ids(Selector.matching(catalog, request.filter())), request);
        boolean capped = request.countGiven() || request.way() == Way.WEAK;
        return chosen.stream().limit(capped ? request.count() : Long.MAX_VALUE).map(id -> catalog.find(id).orElseThrow()).toList();
    }

    private List<String> scheduled(List<String> ids, Request request) throws IOException {
        Planner planner = new Planner(session.scheduler());
        Instant now = session.clock().instant();
        Memory memory = session.memory();
        Optional<LocalDate> configuredExam = request.way() == Way.DUE ? configuredExam(settings, now) : Optional.empty();
        if (configuredExam.isPresent()) {
            // With an interview date set, what is due is what the plan for that date says.
            return withinNewLimit(planner.exam(ids, memory, now, configuredExam.get()), memory, now, ids, request.newPerDay());
        }
        return switch (request.way()) {
            case DUE -> {
                List<String> due = new ArrayList<>(planner.due(ids, memory, now));
                due.addAll(planner.fresh(ids, memory, now, request.newPerDay()));
                yield due;
            }
            case WEAK -> planner.weak(ids, memory, now, session.lastRatings(), session.meanCoverage());
            case EXAM -> withinNewLimit(planner.exam(ids, memory, now, request.exam().orElseThrow()), memory, now, ids,
                    request.newPerDay());
            case PICK, LEECHES, RATED -> throw new IllegalArgumentException("not a schedule: " + request.way());
        };
    }

    /**
     * The exam date of the configuration, if any. Once it has passed it is a located configuration error (the
     * file's line, or the variable), not a bad value for an --exam flag nobody gave.
     */
    public static Optional<LocalDate> configuredExam(Config config, Instant now) {
        Optional<LocalDate> date = config.examDate();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (date.isPresent() && !date.get().isAfter(today)) {
            Setting setting = config.get(Key.EXAM_DATE);
            String where = setting.origin() == Origin.ENVIRONMENT ? "environment variable " + setting.where() : setting.where();
            throw new ConfigException(List.of(where + ": exam-date: " + date.get()
                    + " has passed; the interview date must be after today, " + today + " (change it, or remove the setting)"));
        }
        return date;
    }

    /**
     * Today's share of an exam plan, keeping to the new-per-day limit (--new, or its default) unless it is raised:
     * a plan that needs more says so, and the drill takes what the limit allows.
     */
    private List<String> withinNewLimit(Planner.ExamPlan plan, Memory memory, Instant now, List<String> scope, int newPerDay) {
        if (plan.newPerDay() <= newPerDay) {
            return plan.today();
        }
        long allowed = Math.max(0, newPerDay - memory.introducedOn(now, scope));
        err.println("viva: the plan for " + plan.exam() + " needs " + plan.newPerDay()
                + " new questions a day; keeping to your limit of " + newPerDay + " (" + allowed + " left today)."
                + " Raise it with --new N, narrow the tags, or see 'viva due --exam " + plan.exam() + "'");
        err.flush();
        List<String> today = new ArrayList<>(plan.reviews());
        plan.fresh().stream().limit(allowed).forEach(today::add);
        return today;
    }

    /**
     * A mock interview's questions, from those drawn (in a random order): {@code count} of them when it is given;
     * otherwise first those whose budgets fit in {@code length}, in the drawn order, then the rest, since an
     * interviewer keeps asking while time is left. Never none.
     */
    public static List<Question> interview(Drill.Plan drawn, Duration length, OptionalInt count) {
        if (drawn.questions().isEmpty()) {
            throw new RequestException(NO_MATCH);
        }
        if (count.isPresent()) {
            return drawn.questions().stream().limit(count.getAsInt()).toList();
        }
        List<Question> fitting = new ArrayList<>();
        List<Question> more = new ArrayList<>();
        Duration used = Duration.ZERO;
        for (Question q : drawn.questions()) {
            Duration budget = drawn.budget(q);
            if (!fitting.isEmpty() && used.plus(budget).compareTo(length) > 0) {
                more.add(q);
                continue;
            }
            fitting.add(q);
            used = used.plus(budget);
        }
        fitting.addAll(more);
        return fitting;
    }

    private static List<String> ids(List<Question> questions) {
        return questions.stream().map(Question::id).toList();
    }
}
