package org.safeplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.internal.Declared;
import org.safeplan.rules.internal.explain.SituationField;
import org.safeplan.rules.json.SafePlanJson;

/**
 * The declaration of the situation's fields ({@code @Declared} constants in {@link Situation}) is the
 * one list of them: the getters, the builder, the Javadoc, the JSON Schema and README's table agree
 * with it one to one. Each failure names the field and the place to fix.
 */
class SituationDeclarationTest {

    private static final Path SOURCE = Path.of("src/main/java/org/safeplan/rules/Situation.java");
    private static final Path README = Path.of("../README.md");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Set<String> declared() {
        Set<String> names = new TreeSet<>();
        SituationField.all().forEach(f -> names.add(f.name()));
        return names;
    }

    private static String jsonName(String accessor, int prefix) {
        String name = accessor.substring(prefix);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    @Test
    void everyGetterIsADeclaredFieldAndEveryDeclaredFieldHasOne() {
        Set<String> getters = new TreeSet<>();
        for (Method m : Situation.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                    && m.getName().startsWith("get")) {
                getters.add(jsonName(m.getName(), 3));
            }
        }
        for (String g : getters) {
            assertThat(declared()).as("Situation.get%s() has no @Declared constant in Situation: declare field \"%s\"",
                    g.substring(0, 1).toUpperCase() + g.substring(1), g).contains(g);
        }
        assertThat(getters).containsExactlyInAnyOrderElementsOf(declared());
    }

    @Test
    void everyBuilderMethodIsADeclaredFieldOfTheGettersType() throws Exception {
        List<String> setters = new ArrayList<>();
        for (Method m : Situation.Builder.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && m.getReturnType() == Situation.Builder.class && m.getParameterCount() == 1) {
                setters.add(m.getName());
                assertThat(declared()).as("Situation.Builder.%s(...) has no @Declared constant in Situation", m.getName())
                        .contains(m.getName());
                assertThat(m.getParameterTypes()[0]).as("Situation.Builder.%s(...) takes the getter's type", m.getName())
                        .isEqualTo(SituationField.named(m.getName()).type());
            }
        }
        assertThat(setters).containsExactlyInAnyOrderElementsOf(declared());
    }

    /** Each builder method sets its own field and no other: the constants wire the values one to one. */
    @Test
    void eachFieldIsSetAndReadAloneAndSurvivesJson() {
        for (SituationField f : SituationField.all()) {
            Object value = f.values(List.of("GB")).get(0);
            Situation s = f.with(Situation.empty(), value);
            assertThat(f.get(s)).as(f.name()).isEqualTo(value);
            for (SituationField other : SituationField.all()) {
                if (other != f && !other.name().equals("audience")
                        && !(f.text() == Declared.Text.REGION && other.text() == Declared.Text.COUNTRY)) {
                    assertThat(other.get(s)).as("setting %s sets %s too: check its constant in Situation", f.name(),
                            other.name()).isNull();
                }
            }
            assertThat(SafePlanJson.readSituation(SafePlanJson.writeSituation(s))).as(f.name()).isEqualTo(s);
        }
    }

    @Test
    void everyEnumFieldLabelsEachOfItsValues() {
        for (SituationField f : SituationField.all()) {
            if (f.type().isEnum()) {
                assertThat(f.labels().keySet()).as(f.name()).containsExactlyElementsOf(f.allowedValues());
            } else {
                assertThat(f.labels()).as("%s is not an enum: no labels", f.name()).isEmpty();
            }
        }
    }

    @Test
    void eachGettersJavadocSaysTheDeclaredDescription() throws IOException {
        String source = Files.readString(SOURCE);
        for (SituationField f : SituationField.all()) {
            String capitalised = f.name().substring(0, 1).toUpperCase() + f.name().substring(1);
            Matcher m = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*public \\w+ get" + capitalised + "\\(\\)", Pattern.DOTALL)
                    .matcher(source);
            assertThat(m.find()).as("Situation.get%s() has Javadoc", capitalised).isTrue();
            String javadoc = m.group(1).replaceAll("\\s*\\n\\s*\\*\\s?", " ").replaceAll("\\s+", " ").trim();
            assertThat(javadoc).as("the Javadoc of Situation.get%s() starts with the description declared for %s",
                    capitalised, f.name()).startsWith(f.description());
        }
    }

    @Test
    void theJsonSchemaDescribesEachDeclaredFieldAndNothingElse() throws IOException {
        JsonNode properties = JSON.readTree(SafePlanJson.situationSchema()).get("properties");
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyElementsOf(SituationField.declared().stream().map(SituationField::name).toList());
        for (SituationField f : SituationField.all()) {
            JsonNode p = properties.get(f.name());
            assertThat(p.get("description").asText()).as(f.name()).isEqualTo(f.description());
            assertThat(p.get("title").asText()).as(f.name()).isEqualTo(f.question());
            if (f.type().isEnum()) {
                List<String> values = new ArrayList<>();
                p.get("enum").forEach(v -> values.add(v.isNull() ? null : v.asText()));
                List<String> expected = new ArrayList<>(f.allowedValues());
                expected.add(null);
                assertThat(values).as(f.name()).containsExactlyElementsOf(expected);
            } else {
                assertThat(p.get("type").toString()).as(f.name())
                        .isEqualTo(f.type() == Boolean.class ? "[\"boolean\",\"null\"]" : "[\"string\",\"null\"]");
            }
        }
        Path built = Path.of("target/classes/org/safeplan/rules/schema/situation.schema.json");
        if (Files.exists(built)) {
            assertThat(Files.readString(built)).as("the schema the build wrote").isEqualTo(SafePlanJson.situationSchema());
        }
    }

    @Test
    void readmesSituationTableListsEachDeclaredFieldWithItsValues() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("### Situation (input)");
        String table = readme.substring(start, readme.indexOf("```json", start));
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `(\\w+)` \\|(.*)\\|$").matcher(table);
        while (row.find()) {
            assertThat(rows.put(row.group(1), row.group(2))).as("README.md lists %s twice", row.group(1)).isNull();
        }
        for (String name : declared()) {
            assertThat(rows).as("README.md's situation table (### Situation (input)) has no row for field \"%s\"", name)
                    .containsKey(name);
        }
        for (String name : rows.keySet()) {
            assertThat(declared()).as("README.md's situation table lists \"%s\", which Situation does not declare", name)
                    .contains(name);
        }
        for (SituationField f : SituationField.all()) {
            for (String value : f.allowedValues()) {
                assertThat(rows.get(f.name())).as("README.md's row for %s lists the value %s", f.name(), value)
                        .contains("`" + value + "`");
            }
        }
    }
}
