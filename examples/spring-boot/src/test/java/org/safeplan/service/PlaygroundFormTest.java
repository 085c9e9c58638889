package org.safeplan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.Situation;

/** The playground's form has a control for every situation field and every allowed value, unknown by default. */
class PlaygroundFormTest {

    private static String page() throws IOException {
        try (InputStream in = PlaygroundFormTest.class.getResourceAsStream("/static/index.html")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Situation's fields, as JSON names, from its public getters. */
    private static List<Method> fields() {
        return Arrays.stream(Situation.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getName().startsWith("get") && m.getParameterCount() == 0)
                .toList();
    }

    private static String jsonName(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    @Test
    void everyFieldHasAControlThatStartsUnknown() throws IOException {
        String page = page();
        List<Method> fields = fields();
        assertThat(fields).hasSizeGreaterThanOrEqualTo(24);
        for (Method getter : fields) {
            String field = jsonName(getter);
            Class<?> type = getter.getReturnType();
            if (type == Boolean.class) {
                for (String[] choice : new String[][] {{"unknown", "", " checked"}, {"yes", "true", ""}, {"no", "false", ""}}) {
                    String id = field + "-" + choice[0];
                    assertThat(page).as(field).contains("<input type=\"radio\" id=\"" + id + "\" name=\"" + field
                            + "\" value=\"" + choice[1] + "\"" + choice[2] + "><label for=\"" + id + "\">");
                }
                assertThat(page).contains("<fieldset class=\"tri\" id=\"" + field + "\">");
            } else {
                assertThat(page).as(field).contains("<label for=\"" + field + "\">",
                        "<select id=\"" + field + "\" name=\"" + field + "\">");
                assertThat(Pattern.compile("<select id=\"" + field + "\"[^>]*>\\s*<option value=\"\" selected>")
                        .matcher(page).find()).as(field + " is unknown by default").isTrue();
                if (type.isEnum()) {
                    for (Object constant : type.getEnumConstants()) {
                        assertThat(page).as(field).contains("<option value=\"" + ((Enum<?>) constant).name() + "\">");
                    }
                }
            }
        }
        assertThat(page).contains("<option value=\"US\">", "<option value=\"GB\">", "<option value=\"other\">",
                "<label for=\"country-code\">");
    }

    @Test
    void thePageLoadsNothingFromElsewhere() throws IOException {
        String page = page();
        assertThat(page).doesNotContain("http://", "https://", "//cdn", "@import");
        try (InputStream js = getClass().getResourceAsStream("/static/playground.js");
             InputStream css = getClass().getResourceAsStream("/static/playground.css")) {
            String script = new String(js.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(script).doesNotContain("http://", "https://", "localStorage", "sessionStorage",
                    "indexedDB", "document.cookie", "sendBeacon");
            assertThat(new String(css.readAllBytes(), StandardCharsets.UTF_8)).doesNotContain("url(", "@import",
                    "@font-face");
        }
    }
}
