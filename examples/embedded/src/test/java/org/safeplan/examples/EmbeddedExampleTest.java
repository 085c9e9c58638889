package org.safeplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddedExampleTest {

    @Test
    void printsRankedSourcedAdviceForTheKitchenAndJsonForGreatBritain() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            EmbeddedExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String[] lines = captured.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).matches("Content \\d+\\.\\d+\\.\\d+");
        assertThat(lines[1]).startsWith("1. [IMMEDIATE] Get out of the kitchen  (sources [001-3, 003-2])");
        assertThat(lines[lines.length - 1]).startsWith("{\"contentVersion\":").contains("999").doesNotContain("911");
    }
}
