package org.safeplan.rules;

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

/**
 * A jar's public API as partners see it: its public types outside {@code internal} packages, and
 * where an engine, JSON or YAML library type shows in their signatures. Shared with rules-authoring's
 * test through rules-core's test jar.
 */
public final class PublicApi {

    private static final List<String> FORBIDDEN = List.of("org.drools.", "org.kie.", "com.fasterxml.", "org.yaml.");

    private PublicApi() {
    }

    /** The public top-level types outside internal packages of the classes folder that holds {@code anchor}. */
    public static List<Class<?>> types(Class<?> anchor) throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.endsWith("module-info.class")).toList()) {
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

    /** Every place a forbidden type shows in the signatures or annotations of {@code types}. */
    public static List<String> leaks(List<Class<?>> types) {
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : types) {
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
            for (var a : c.getAnnotations()) {
                check(c.getName() + " @", a.annotationType(), leaks);
            }
        }
        return leaks;
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
}
