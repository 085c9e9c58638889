package org.safeplan.rules.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.InvalidSituationException;
import org.safeplan.rules.Situation;
import org.safeplan.rules.internal.json.JsonLimits;

/**
 * Deep nesting and huge inputs are refused, without an {@link Error} (no StackOverflowError, no
 * OutOfMemoryError) and without reading or holding more than the limits: from a {@code Reader},
 * an endless input is refused after at most the 64 KiB document limit (plus one read buffer), and
 * the memory allocated on the way is bounded. Nothing here measures time.
 */
class HostileInputTest {

    private static final int TEN_MB = 10 * 1024 * 1024;

    private static InvalidSituationException refused(Supplier<Situation> read) {
        try {
            Situation s = read.get();
            throw new AssertionError("accepted: " + s);
        } catch (InvalidSituationException e) {
            assertThat(e.getMessage()).isNotBlank();
            return e;
        } catch (Throwable t) {
            throw new AssertionError("escaped as " + t, t);
        }
    }

    private static InvalidSituationException refused(String json) {
        InvalidSituationException fromString = refused(() -> SafePlanJson.readSituation(json));
        InvalidSituationException fromReader = refused(() -> SafePlanJson.readSituation(new StringReader(json)));
        assertThat(fromReader.getMessage()).isEqualTo(fromString.getMessage());
        return fromString;
    }

    @Test
    void deepNestingIsRefused() {
        assertThat(refused("[".repeat(100_000)).getMessage()).startsWith("a situation must be a JSON object");
        assertThat(refused("{\"location\":" + "[".repeat(100_000)).field()).contains("location");
        assertThat(refused("{\"a\":".repeat(100_000)).getMessage()).startsWith("unknown field \"a\"");
        assertThat(refused("{\"location\":" + "{\"a\":".repeat(100_000)).field()).contains("location");
        String balanced = "{\"injured\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThat(refused(balanced).field()).contains("injured");
        // Deeper than the limit but valid JSON: refused for its depth, not for a wrong type.
        String tooDeep = "{\"x\":".repeat(JsonLimits.MAX_NESTING_DEPTH + 1) + "1" + "}".repeat(JsonLimits.MAX_NESTING_DEPTH + 1);
        assertThat(refused(tooDeep).getMessage()).isNotBlank();
    }

    @Test
    void tenMegabyteStringsAreRefused() {
        String big = "A".repeat(TEN_MB);
        assertThat(refused("{\"country\": \"" + big + "\"}").getMessage()).isIn(
                "a text value is longer than 256 characters", "the document is larger than 65536 characters");
        assertThat(refused("{\"" + big + "\": true}").getMessage()).isIn("a field name is longer than 128 characters",
                "a text value is longer than 256 characters", "the document is larger than 65536 characters");
        // Jackson buffers a long number like a text value, so either limit may be named.
        assertThat(refused("{\"injured\": " + "1".repeat(TEN_MB) + "}").getMessage()).isIn("a number is too long",
                "a text value is longer than 256 characters", "the document is larger than 65536 characters");
        assertThat(refused("\"" + big + "\"").getMessage()).isNotBlank();
        assertThat(refused(" ".repeat(TEN_MB) + "{}").getMessage())
                .isEqualTo("the document is larger than 65536 characters");
        assertThat(refused("{\"country\": \"" + "\\u0041".repeat(TEN_MB / 6) + "\"}").getMessage()).isNotBlank();
    }

    /** A reader that never ends: {@code head} once, then {@code fill} forever; counts what was read. */
    private static final class Endless extends Reader {
        private final String head;
        private final char fill;
        long read;

        Endless(String head, char fill) {
            this.head = head;
            this.fill = fill;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            for (int i = 0; i < len; i++) {
                long p = read + i;
                buf[off + i] = p < head.length() ? head.charAt((int) p) : fill;
            }
            read += len;
            return len;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void endlessInputIsRefusedAfterReadingAtMostTheDocumentLimit() {
        long bound = JsonLimits.MAX_DOCUMENT_CHARS + 64 * 1024;
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        String[][] inputs = {{"", "["}, {"{\"location\":", "["}, {"{\"country\": \"", "A"}, {"{\"", "a"},
                {"{\"injured\": ", "1"}, {"", " "}, {"{\"a\":", "{"}, {"{\"country\": \"", "\u00e9"}};
        for (String[] input : inputs) {
            Endless endless = new Endless(input[0], input[1].charAt(0));
            long before = threads.getThreadAllocatedBytes(self);
            refused(() -> SafePlanJson.readSituation(endless));
            long allocated = threads.getThreadAllocatedBytes(self) - before;
            assertThat(endless.read).as("characters read of " + input[0] + input[1] + "...").isLessThanOrEqualTo(bound);
            assertThat(allocated).as("bytes allocated reading " + input[0] + input[1] + "...").isLessThan(8L * 1024 * 1024);
        }
    }
}
