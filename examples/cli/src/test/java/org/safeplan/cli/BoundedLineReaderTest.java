package org.safeplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

    private static List<String> lines(String input, int max) throws IOException {
        BoundedLineReader reader = new BoundedLineReader(new StringReader(input), max);
        List<String> out = new ArrayList<>();
        for (String line; (line = reader.readLine()) != null; ) {
            out.add(line == BoundedLineReader.TOO_LONG ? "<TOO_LONG>" : line);
        }
        return out;
    }

    @Test
    void splitsOnNewlinesAndDropsCarriageReturns() throws IOException {
        assertThat(lines("a\r\nb\n\nc", 10)).containsExactly("a", "b", "", "c");
    }

    @Test
    void aTrailingNewlineEndsTheLastLine() throws IOException {
        assertThat(lines("a\nb\n", 10)).containsExactly("a", "b");
        assertThat(lines("", 10)).isEmpty();
    }

    @Test
    void aLongLineIsReportedAndSkippedWithoutLosingTheNext() throws IOException {
        String longLine = "x".repeat(100_000);
        assertThat(lines("ok\n" + longLine + "\nnext\n", 1000)).containsExactly("ok", "<TOO_LONG>", "next");
        assertThat(lines("x".repeat(1000), 1000)).containsExactly("x".repeat(1000));
        assertThat(lines("x".repeat(1001), 1000)).containsExactly("<TOO_LONG>");
    }
}
