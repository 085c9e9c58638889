package org.safeplan.guidance;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.safeplan.rules.internal.explain.SituationField;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J binding of this module's tests, for the whole test run: the library's loggers
 * ({@code org.safeplan}) are enabled at TRACE, every other library's (org.drools, org.kie, ...) at
 * INFO unless {@link #everythingAt(Level)} raises them (TRACE costs about sixty Drools events per
 * call, too many for the million-situation suites). Every event, with its arguments formatted and
 * its throwable's stack trace, is scanned for situation data as it is logged and passed to the
 * watchers. Registered in {@code META-INF/services/org.slf4j.spi.SLF4JServiceProvider} of the
 * test resources.
 *
 * <p>An event leaks situation data if it holds a field name next to a value
 * ({@code immediateDanger=true}, {@code "location":"KITCHEN"}), a value of an enum field that
 * appears nowhere else (KITCHEN, LOW_BATTERY, JUST_SERVED, ...), or the country "NZ", which the
 * privacy test and the invariant suite use and nothing else would print.
 */
public final class RecordedLogs {

    /** Field names of the situation; a value right after one of them is situation data. */
    private static final Pattern FIELD_VALUE = Pattern.compile("\\b(" + String.join("|",
            SituationField.all().stream().map(SituationField::name).toList())
            + ")\\b\"?\\s*[=:]\\s*\"?(true|false|null|[A-Z][A-Z_]+|[A-Za-z]{2}\\b)");
    /** Enum values that only a situation holds, and the privacy test's country. */
    private static final Pattern SITUATION_VALUE = Pattern.compile("\\b(KITCHEN|GARAGE|BATHROOM|CLOSET|BEDROOM"
            + "|LIVING_ROOM|OTHER_ROOM|GARDEN|AWAY_FROM_HOME|CHARGED_WITH_ME|LOW_BATTERY|ELSEWHERE|JUST_SERVED"
            + "|UNDECIDED|PRACTITIONER|SURVIVOR|NZ)\\b");

    private static volatile Level others = Level.INFO;
    private static final AtomicLong EVENTS = new AtomicLong();
    private static final Map<String, AtomicLong> BY_LEVEL = new ConcurrentHashMap<>();
    private static final List<String> LEAKS = new ArrayList<>();
    private static final List<Consumer<String>> WATCHERS = new java.util.concurrent.CopyOnWriteArrayList<>();

    private RecordedLogs() {
    }

    /** Enables every logger, not only the library's, down to {@code level} (INFO by default). */
    public static void everythingAt(Level level) {
        others = level;
    }

    private static boolean enabled(String logger, Level level) {
        return logger.startsWith("org.safeplan") || level.toInt() >= others.toInt();
    }

    /** How many events were logged so far, at any level. */
    public static long events() {
        return EVENTS.get();
    }

    /** Events so far per level. */
    public static Map<String, Long> byLevel() {
        Map<String, Long> out = new TreeMap<>();
        BY_LEVEL.forEach((level, n) -> out.put(level, n.get()));
        return out;
    }

    /** The events so far that held situation data, each with its logger and level. */
    public static List<String> leaks() {
        synchronized (LEAKS) {
            return List.copyOf(LEAKS);
        }
    }

    /** Sees every event from now on (logger, level, message and stack trace) until removed. */
    public static void watch(Consumer<String> watcher) {
        WATCHERS.add(watcher);
    }

    /** Stops a watcher. */
    public static void unwatch(Consumer<String> watcher) {
        WATCHERS.remove(watcher);
    }

    /** Whether an event's text holds situation data. */
    static boolean leaks(String event) {
        return FIELD_VALUE.matcher(event).find() || SITUATION_VALUE.matcher(event).find();
    }

    private static void record(String logger, Level level, String message, Throwable t) {
        EVENTS.incrementAndGet();
        BY_LEVEL.computeIfAbsent(level.name(), l -> new AtomicLong()).incrementAndGet();
        String event = logger + " " + level + " " + message;
        if (t != null) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            event += "\n" + trace;
        }
        if (leaks(event)) {
            synchronized (LEAKS) {
                if (LEAKS.size() < 100) {
                    LEAKS.add(event.length() > 2_000 ? event.substring(0, 2_000) + "..." : event);
                }
            }
        }
        for (Consumer<String> w : WATCHERS) {
            w.accept(event);
        }
    }

    /** A logger at the level this binding sets for its name. */
    private static final class Recording extends AbstractLogger {
        private static final long serialVersionUID = 1L;

        Recording(String name) {
            this.name = name;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args,
                                                   Throwable throwable) {
            if (enabled(name, level)) {
                record(name, level, MessageFormatter.basicArrayFormat(pattern, args), throwable);
            }
        }

        @Override
        public boolean isTraceEnabled() {
            return enabled(name, Level.TRACE);
        }

        @Override
        public boolean isTraceEnabled(Marker marker) {
            return enabled(name, Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return enabled(name, Level.DEBUG);
        }

        @Override
        public boolean isDebugEnabled(Marker marker) {
            return enabled(name, Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return enabled(name, Level.INFO);
        }

        @Override
        public boolean isInfoEnabled(Marker marker) {
            return enabled(name, Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return enabled(name, Level.WARN);
        }

        @Override
        public boolean isWarnEnabled(Marker marker) {
            return enabled(name, Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return enabled(name, Level.ERROR);
        }

        @Override
        public boolean isErrorEnabled(Marker marker) {
            return enabled(name, Level.ERROR);
        }
    }

    /** The SLF4J 2 service provider. */
    public static final class Provider implements SLF4JServiceProvider {
        private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
        private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, Recording::new);
        private final IMarkerFactory markers = new BasicMarkerFactory();
        private final MDCAdapter mdc = new BasicMDCAdapter();

        @Override
        public ILoggerFactory getLoggerFactory() {
            return factory;
        }

        @Override
        public IMarkerFactory getMarkerFactory() {
            return markers;
        }

        @Override
        public MDCAdapter getMDCAdapter() {
            return mdc;
        }

        @Override
        public String getRequestedApiVersion() {
            return "2.0.99";
        }

        @Override
        public void initialize() {
        }
    }
}
