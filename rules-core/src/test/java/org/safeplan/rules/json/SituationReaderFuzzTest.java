package org.safeplan.rules.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.InvalidSituationException;
import org.safeplan.rules.Location;
import org.safeplan.rules.internal.explain.SituationField;
import org.safeplan.rules.Situation;

/**
 * Fuzzing the JSON reader: random text and bytes, random JSON-like token streams, valid situation
 * documents mutated byte by byte and token by token, and random field maps. Whatever the input,
 * the reader returns a situation or throws {@link InvalidSituationException} with a message: no
 * other exception and no {@link Error} escapes. Reading from a {@code String} and from a
 * {@code Reader} (over the raw bytes) are both fuzzed.
 *
 * <p>Seeded, so every run tries the same inputs and a failure names the seed and the input;
 * {@code -Dsafeplan.fuzz.seed=N} explores other inputs and {@code -Dsafeplan.fuzz.scale=10} ten
 * times as many. The counts of accepted and refused inputs are printed.
 */
class SituationReaderFuzzTest {

    private static final long SEED = Long.getLong("safeplan.fuzz.seed", 5L);
    private static final int SCALE = Integer.getInteger("safeplan.fuzz.scale", 1);

    /** The document's fields and the values each takes (null = unknown), as the contract lists them. */
    private static final Map<String, List<Object>> FIELDS = fields();

    /** Tokens a mutation splices in: JSON syntax, literals, field names, enum values, oddities. */
    private static final List<String> TOKENS = tokens();

    private static Map<String, List<Object>> fields() {
        Map<String, List<Object>> f = new LinkedHashMap<>();
        for (SituationField field : SituationField.all()) {
            List<Object> values = new ArrayList<>();
            for (Object v : field.values(List.of("US", "GB"))) {
                values.add(v instanceof Enum<?> e ? e.name() : v);
            }
            switch (field.text()) {
                case COUNTRY -> values.add("nz");                  // lower case, no data of its own
                case REGION -> values.addAll(List.of("gb-wls", "IE-D"));      // lower case; a country not listed
                case NONE -> { }
            }
            if ("audience".equals(field.name())) {
                values.add(null);
            }
            f.put(field.name(), values);
        }
        return f;
    }

    private static List<String> tokens() {
        List<String> t = new ArrayList<>(List.of("{", "}", "[", "]", ":", ",", " ", "\n", "\"", "\\", "null", "true",
                "false", "0", "-0", "1e999", "-1.5e-400", "123456789012345678901234567890", "NaN", "Infinity",
                "\"\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\uDFFF\\uD800\"", "\"\\x\"", "\"true\"", "\"US\"", "\"UK\"",
                "\"kitchen\"", "\"KITCHEN \"", "\"GB-XX\"", "\"GBENG\"", "{}", "[]", "[{}]", "{\"a\":{}}", "\uFEFF", "\u0000", "\u2028", "/*", "*/",
                "//", "'", "'US'", "\"" + "x".repeat(300) + "\"", "\"\uD83D\uDE00\"", "\"\u00e9\"", "\t", "\r", "\uD800"));
        for (String field : FIELDS.keySet()) {
            t.add("\"" + field + "\"");
        }
        for (List<Object> values : FIELDS.values()) {
            for (Object v : values) {
                if (v instanceof String s) {
                    t.add("\"" + s + "\"");
                }
            }
        }
        return List.copyOf(t);
    }

    /** A valid situation document: each field present or not, any of its values, pretty or compact. */
    static String validDocument(Random random) {
        List<Map.Entry<String, Object>> chosen = new ArrayList<>();
        FIELDS.forEach((name, values) -> {
            if (random.nextBoolean()) {
                chosen.add(new AbstractMap.SimpleEntry<>(name, values.get(random.nextInt(values.size()))));
            }
        });
        regionInItsCountry(chosen);
        Collections.shuffle(chosen, random);
        boolean pretty = random.nextBoolean();
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, Object> e : chosen) {
            out.append(out.length() > 1 ? "," : "").append(pretty ? "\n  " : "").append('"').append(e.getKey())
                    .append(pretty ? "\": " : "\":");
            Object v = e.getValue();
            out.append(v instanceof String ? "\"" + v + "\"" : String.valueOf(v));
        }
        return out.append(pretty ? "\n}" : "}").toString();
    }

    /** A region of another country than the one chosen is left unknown: the document stays valid. */
    private static void regionInItsCountry(List<Map.Entry<String, Object>> chosen) {
        Object country = null;
        for (Map.Entry<String, Object> e : chosen) {
            if (e.getKey().equals("country")) {
                country = e.getValue();
            }
        }
        for (Map.Entry<String, Object> e : chosen) {
            if (e.getKey().equals("region") && e.getValue() instanceof String region && country instanceof String c
                    && !region.substring(0, 2).equalsIgnoreCase(c)) {
                e.setValue(null);
            }
        }
    }

    private static final byte[] INTERESTING_BYTES = {'{', '}', '[', ']', '"', '\\', ':', ',', 0, (byte) 0xC3,
            (byte) 0xFF, (byte) 0xED, (byte) 0x80, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n', 'u', '0'};

    /** One to eight byte edits: overwrite, flip a bit, insert, delete a range, duplicate a range, truncate. */
    static byte[] mutateBytes(byte[] in, Random random) {
        byte[] out = in;
        for (int edits = 1 + random.nextInt(8); edits > 0; edits--) {
            byte value = random.nextBoolean() ? (byte) random.nextInt(256)
                    : INTERESTING_BYTES[random.nextInt(INTERESTING_BYTES.length)];
            if (out.length == 0) {
                out = new byte[] {value};
                continue;
            }
            int p = random.nextInt(out.length);
            int n = Math.min(1 + random.nextInt(40), out.length - p);
            byte[] next;
            switch (random.nextInt(6)) {
                case 0 -> {
                    next = out.clone();
                    next[p] = value;
                }
                case 1 -> {
                    next = out.clone();
                    next[p] ^= (byte) (1 << random.nextInt(8));
                }
                case 2 -> {
                    next = new byte[out.length + 1];
                    System.arraycopy(out, 0, next, 0, p);
                    next[p] = value;
                    System.arraycopy(out, p, next, p + 1, out.length - p);
                }
                case 3 -> {
                    next = new byte[out.length - n];
                    System.arraycopy(out, 0, next, 0, p);
                    System.arraycopy(out, p + n, next, p, out.length - p - n);
                }
                case 4 -> {
                    next = new byte[out.length + n];
                    System.arraycopy(out, 0, next, 0, p + n);
                    System.arraycopy(out, p, next, p + n, out.length - p);
                }
                default -> next = Arrays.copyOf(out, p);
            }
            out = next;
        }
        return out;
    }

    /** Splits a document into tokens: strings, punctuation, literals and whitespace runs. */
    static List<String> tokenize(String doc) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < doc.length()) {
            char c = doc.charAt(i);
            int j = i + 1;
            if (c == '"') {
                while (j < doc.length() && doc.charAt(j) != '"') {
                    j += doc.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, doc.length());
            } else if (Character.isLetterOrDigit(c) || c == '-') {
                while (j < doc.length() && (Character.isLetterOrDigit(doc.charAt(j)) || ".-+".indexOf(doc.charAt(j)) >= 0)) {
                    j++;
                }
            } else if (Character.isWhitespace(c)) {
                while (j < doc.length() && Character.isWhitespace(doc.charAt(j))) {
                    j++;
                }
            }
            out.add(doc.substring(i, j));
            i = j;
        }
        return out;
    }

    /** One to six token edits: replace, insert, delete or duplicate a token. */
    static String mutateTokens(String doc, Random random) {
        List<String> tokens = new ArrayList<>(tokenize(doc));
        for (int edits = 1 + random.nextInt(6); edits > 0; edits--) {
            String token = TOKENS.get(random.nextInt(TOKENS.size()));
            if (tokens.isEmpty()) {
                tokens.add(token);
                continue;
            }
            int p = random.nextInt(tokens.size());
            switch (random.nextInt(4)) {
                case 0 -> tokens.set(p, token);
                case 1 -> tokens.add(p, token);
                case 2 -> tokens.remove(p);
                default -> tokens.add(p, tokens.get(p));
            }
        }
        return String.join("", tokens);
    }

    /** Any text: code points from all planes, lone surrogates and control characters included. */
    static String anyText(Random random) {
        StringBuilder out = new StringBuilder();
        for (int n = random.nextInt(301); n > 0; n--) {
            switch (random.nextInt(4)) {
                case 0 -> out.append((char) random.nextInt(0x80));
                case 1 -> out.append((char) random.nextInt(0x10000));
                case 2 -> out.appendCodePoint(random.nextInt(0x110000));
                default -> out.append("{}[]\":,\\ ".charAt(random.nextInt(9)));
            }
        }
        return out.toString();
    }

    /** A field map with values of every shape a YAML or form parser could hand over. */
    static Map<String, Object> anyFieldMap(Random random) {
        List<String> fieldNames = new ArrayList<>(FIELDS.keySet());
        Map<String, Object> map = new HashMap<>();
        for (int n = random.nextInt(7); n > 0; n--) {
            String name = switch (random.nextInt(4)) {
                case 0, 1 -> fieldNames.get(random.nextInt(fieldNames.size()));
                case 2 -> List.of("", "injurd", "Country", "COUNTRY").get(random.nextInt(4));
                default -> anyText(random);
            };
            map.put(name, anyValue(random, 2));
        }
        return map;
    }

    private static Object anyValue(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 14 : 12);
        return switch (kind) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2, 3 -> {
                List<Object> values = FIELDS.values().stream().flatMap(List::stream).toList();
                yield values.get(random.nextInt(values.size()));
            }
            case 4 -> anyText(random);
            case 5 -> random.nextInt();
            case 6 -> random.nextLong();
            case 7 -> List.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0, Float.NaN, random.nextDouble()).get(random.nextInt(5));
            case 8 -> List.of(new BigDecimal("1e400"), new BigInteger("9".repeat(60))).get(random.nextInt(2));
            case 9 -> List.of('c', new int[] {1}, new Object(), java.util.Optional.of("US")).get(random.nextInt(4));
            case 10 -> Location.values()[random.nextInt(Location.values().length)];
            case 11 -> new StringBuilder("US");
            case 12 -> {
                List<Object> list = new ArrayList<>();
                for (int n = random.nextInt(3); n > 0; n--) {
                    list.add(anyValue(random, depth - 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> inner = new HashMap<>();
                inner.put(anyText(random), anyValue(random, depth - 1));
                yield inner;
            }
        };
    }

    /** Reads or refuses: any outcome but a situation or an InvalidSituationException with a message fails. */
    static boolean accepted(Supplier<Situation> read, Supplier<String> input) {
        try {
            assertThat(read.get()).as(input).isNotNull();
            return true;
        } catch (InvalidSituationException e) {
            assertThat(e.getMessage()).as("message of the refusal of %s", input).isNotBlank();
            return false;
        } catch (Throwable t) {
            throw new AssertionError("escaped as " + t + " for " + input.get(), t);
        }
    }

    private static String show(String input) {
        String escaped = input.chars().limit(400).mapToObj(c -> c >= 0x20 && c < 0x7f ? String.valueOf((char) c)
                : String.format("\\u%04x", c)).reduce("", String::concat);
        return "\"" + escaped + (input.length() > 400 ? "...\" (" + input.length() + " chars)" : "\"");
    }

    /**
     * Runs {@code tries} inputs made by {@code make} from seeded randoms through the reader, from a
     * String and from a Reader over its UTF-8 bytes, and prints how many were accepted.
     */
    private static void fuzz(String what, int tries, long seed, Function<Random, byte[]> make) {
        // Each input comes from its own seed, so the inputs are the same on any number of threads:
        // both cores share the work.
        long accepted = IntStream.range(0, tries * SCALE).parallel().filter(i -> {
            long inputSeed = seed * 1_000_003L + i;
            byte[] bytes = make.apply(new Random(inputSeed));
            String text = new String(bytes, StandardCharsets.UTF_8);
            Supplier<String> input = () -> what + " #" + inputSeed + " " + show(text);
            boolean fromString = accepted(() -> SafePlanJson.readSituation(text), input);
            boolean fromReader = accepted(() -> SafePlanJson.readSituation(
                    new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)), input);
            assertThat(fromReader).as("the same verdict from a String and a Reader for %s", input).isEqualTo(fromString);
            return fromString;
        }).count();
        System.out.printf("Fuzz %-36s %,7d inputs: %,7d refused with a message, %,6d accepted, nothing else%n",
                what, tries * SCALE, tries * SCALE - accepted, accepted);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void validDocumentsAreReadAndRoundTrip() {
        Random random = new Random(SEED);
        for (int i = 0; i < 2_000; i++) {
            Situation s = SafePlanJson.readSituation(validDocument(random));
            assertThat(SafePlanJson.readSituation(SafePlanJson.writeSituation(s))).isEqualTo(s);
        }
    }

    @Test
    void byteMutatedDocumentsAreReadOrRefusedWithAMessage() {
        fuzz("byte-mutated documents", 30_000, SEED + 1, r -> mutateBytes(utf8(validDocument(r)), r));
    }

    @Test
    void tokenMutatedDocumentsAreReadOrRefusedWithAMessage() {
        fuzz("token-mutated documents", 30_000, SEED + 2, r -> utf8(mutateTokens(validDocument(r), r)));
    }

    @Test
    void tokenStreamsAreReadOrRefusedWithAMessage() {
        fuzz("random token streams", 10_000, SEED + 3, r -> {
            StringBuilder out = new StringBuilder();
            for (int n = r.nextInt(41); n > 0; n--) {
                out.append(TOKENS.get(r.nextInt(TOKENS.size())));
            }
            return utf8(out.toString());
        });
    }

    @Test
    void anyTextIsReadOrRefusedWithAMessage() {
        fuzz("random text", 10_000, SEED + 4, r -> utf8(anyText(r)));
    }

    @Test
    void anyBytesAreReadOrRefusedWithAMessage() {
        fuzz("random bytes", 10_000, SEED + 5, r -> {
            byte[] bytes = new byte[r.nextInt(301)];
            r.nextBytes(bytes);
            return bytes;
        });
    }

    @Test
    void anyFieldMapIsReadOrRefusedWithAMessage() {
        long accepted = 0;
        int tries = 10_000 * SCALE;
        for (int i = 0; i < tries; i++) {
            long inputSeed = (SEED + 6) * 1_000_003L + i;
            Map<String, Object> fields = anyFieldMap(new Random(inputSeed));
            accepted += accepted(() -> SafePlanJson.situationFromMap(fields), () -> "field map #" + inputSeed) ? 1 : 0;
        }
        System.out.printf("Fuzz %-36s %,7d inputs: %,7d refused with a message, %,6d accepted, nothing else%n",
                "random field maps", tries, tries - accepted, accepted);
    }

    @Test
    void aMapThatContainsItselfIsRefused() {
        Map<String, Object> cycle = new HashMap<>();
        cycle.put("country", cycle);
        assertThat(accepted(() -> SafePlanJson.situationFromMap(cycle), () -> "a cyclic map")).isFalse();
    }
}
