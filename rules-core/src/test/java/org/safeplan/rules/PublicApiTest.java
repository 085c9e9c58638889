package org.safeplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No engine, JSON or YAML library type may appear in the public API: partners must not depend on them. */
class PublicApiTest {

    private static final List<String> FORBIDDEN = List.of("org.drools.", "org.kie.", "com.fasterxml.", "org.yaml.");

    private static List<Class<?>> publicApiClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(SafetyAdvisor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.contains(".internal.") && !name.contains("$")) {
                    Class<?> c = Class.forName(name);
                    if (Modifier.isPublic(c.getModifiers())) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void publicSignaturesUseNoThirdPartyTypes() throws Exception {
        List<String> leaks = new ArrayList<>();
        List<Class<?>> classes = publicApiClasses();
        assertThat(classes).contains(SafetyAdvisor.class, Situation.class, Guidance.class, Recommendation.class);
        for (Class<?> c : classes) {
            check(c.getName(), c.getGenericSuperclass(), leaks);
            for (Type t : c.getGenericInterfaces()) {
                check(c.getName(), t, leaks);
            }
            for (Method m : c.getMethods()) {
                if (m.getDeclaringClass() == c) {
                    checkExecutable(c.getName() + "." + m.getName(), m, leaks);
                    check(c.getName() + "." + m.getName(), m.getGenericReturnType(), leaks);
                }
            }
            for (Constructor<?> k : c.getConstructors()) {
                checkExecutable(c.getName() + ".<init>", k, leaks);
            }
            for (Field f : c.getFields()) {
                check(c.getName() + "." + f.getName(), f.getGenericType(), leaks);
            }
            assertThat(c.getAnnotations()).as(c + " annotations").noneMatch(a ->
                    FORBIDDEN.stream().anyMatch(p -> a.annotationType().getName().startsWith(p)));
        }
        assertThat(leaks).isEmpty();
    }

    private static void checkExecutable(String where, Executable e, List<String> leaks) {
        for (Type t : e.getGenericParameterTypes()) {
            check(where, t, leaks);
        }
        for (Type t : e.getGenericExceptionTypes()) {
            check(where, t, leaks);
        }
    }

    private static void check(String where, Type type, List<String> leaks) {
        if (type != null && FORBIDDEN.stream().anyMatch(p -> type.getTypeName().contains(p))) {
            leaks.add(where + ": " + type.getTypeName());
        }
    }

    /**
     * The runtime's public API, type by type: authoring (validate, diff, scenarios) is rules-authoring's.
     * A new public type is a decision, to be made here.
     */
    @Test
    void theRuntimesPublicApiIsTheseTypes() throws Exception {
        assertThat(publicApiClasses()).extracting(Class::getName).containsExactlyInAnyOrder(
                "org.safeplan.rules.AdviceOptions", "org.safeplan.rules.Audience", "org.safeplan.rules.Caution",
                "org.safeplan.rules.ContentSource", "org.safeplan.rules.Explanation", "org.safeplan.rules.Exposure",
                "org.safeplan.rules.Guidance", "org.safeplan.rules.HelpWanted",
                "org.safeplan.rules.InvalidSituationException", "org.safeplan.rules.Location",
                "org.safeplan.rules.PhoneAccess", "org.safeplan.rules.ProtectiveOrder", "org.safeplan.rules.Reason",
                "org.safeplan.rules.Recommendation", "org.safeplan.rules.SafetyAdvisor", "org.safeplan.rules.Situation",
                "org.safeplan.rules.SituationChange", "org.safeplan.rules.Urgency",
                "org.safeplan.rules.content.Advice", "org.safeplan.rules.content.ContentException",
                "org.safeplan.rules.content.Recommended",
                "org.safeplan.rules.json.SafePlanJson");
    }

    @Test
    void valueTypesAreFinal() {
        for (Class<?> c : List.of(SafetyAdvisor.class, Situation.class, Guidance.class, Recommendation.class,
                AdviceOptions.class, InvalidSituationException.class)) {
            assertThat(Modifier.isFinal(c.getModifiers())).as(c.getName()).isTrue();
        }
    }
}
