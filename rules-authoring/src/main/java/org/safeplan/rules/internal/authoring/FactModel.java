package org.safeplan.rules.internal.authoring;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.safeplan.rules.Exposure;
import org.safeplan.rules.Situation;
import org.safeplan.rules.internal.explain.SituationField;
import org.safeplan.rules.Urgency;
import org.safeplan.rules.content.Advice;
import org.safeplan.rules.content.Availability;
import org.safeplan.rules.content.Jurisdiction;
import org.safeplan.rules.content.Recommended;

/**
 * What a rule file may name: the facts conditions match, their fields (the facts' getters), the
 * value lists (enums) whose constants conditions compare with, and the recommendation API.
 */
final class FactModel {

    /** The only global a rule file may declare, with its type. */
    static final String GLOBAL = "global " + Advice.class.getName() + " " + Advice.GLOBAL_NAME;

    static final List<Class<?>> FACTS = List.of(Situation.class, Recommended.class, Jurisdiction.class);

    /** The situation's enum types, in the order of their fields' names, then the catalog's and the jurisdiction's. */
    static final List<Class<?>> ENUMS = Stream.concat(
            SituationField.all().stream().map(SituationField::type).filter(Class::isEnum).distinct(),
            Stream.of(Urgency.class, Exposure.class, Availability.class)).toList();

    /** The packages whose model types may be imported, also with {@code .*}. */
    static final List<String> PACKAGES = List.of(Situation.class.getPackageName(), Advice.class.getPackageName());

    private FactModel() {
    }

    /** Every type a rule file may import. */
    static List<Class<?>> importable() {
        return Stream.of(FACTS.stream(), ENUMS.stream(), Stream.<Class<?>>of(Advice.class)).flatMap(s -> s).toList();
    }

    /** The fact type written {@code name} (simple or qualified), if conditions may match it. */
    static Optional<Class<?>> fact(String name) {
        return FACTS.stream().filter(c -> c.getSimpleName().equals(name) || c.getName().equals(name)).findFirst();
    }

    /** The value list with this simple name, if any. */
    static Optional<Class<?>> enumType(String simpleName) {
        return ENUMS.stream().filter(c -> c.getSimpleName().equals(simpleName)).findFirst();
    }

    static List<String> simpleNames(List<Class<?>> types) {
        return types.stream().map(Class::getSimpleName).toList();
    }

    /** The constants of a value list, in declaration order. */
    static List<String> constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    /** The fields conditions may read: the names of the fact's getters ({@code getCountry()} is {@code country}). */
    static Set<String> fields(Class<?> fact) {
        Set<String> fields = new TreeSet<>();
        for (Method m : fact.getMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getDeclaringClass() != Object.class) {
                property(m).ifPresent(fields::add);
            }
        }
        return fields;
    }

    private static Optional<String> property(Method getter) {
        String name = getter.getName();
        boolean bool = getter.getReturnType() == boolean.class || getter.getReturnType() == Boolean.class;
        int prefix = name.startsWith("get") ? 3 : name.startsWith("is") && bool ? 2 : 0;
        if (prefix == 0 || name.length() == prefix || !Character.isUpperCase(name.charAt(prefix))) {
            return Optional.empty();
        }
        return Optional.of(Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1));
    }
}
