package org.safeplan.rules.internal.explain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.safeplan.rules.Situation;

/**
 * One field of the situation, read and set by its JSON name: the single place that knows how to
 * enumerate the situation's fields and the values each can take.
 */
public final class SituationField {

    /** Countries whose advice differs: the two with data of their own, one without, and unknown. */
    private static final List<Object> COUNTRY_VALUES = Arrays.asList("US", "GB", "FR", null);

    private static final List<SituationField> ALL = discover();

    private final String name;
    private final Method getter;
    private final Method setter;
    private final List<Object> values;

    private SituationField(String name, Method getter, Method setter, List<Object> values) {
        this.name = name;
        this.getter = getter;
        this.setter = setter;
        this.values = values;
    }

    /** Every field, in the order the builder declares them. */
    public static List<SituationField> all() {
        return ALL;
    }

    private static List<SituationField> discover() {
        List<SituationField> out = new ArrayList<>();
        for (Method setter : Situation.Builder.class.getDeclaredMethods()) {
            if (setter.getParameterCount() != 1 || setter.getReturnType() != Situation.Builder.class) {
                continue;
            }
            String name = setter.getName();
            Class<?> type = setter.getParameterTypes()[0];
            try {
                Method getter = Situation.class.getMethod("get" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
                out.add(new SituationField(name, getter, setter, valuesOf(type, name)));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("Situation has no getter for " + name, e);
            }
        }
        out.sort((a, b) -> a.name.compareTo(b.name));
        return List.copyOf(out);
    }

    private static List<Object> valuesOf(Class<?> type, String name) {
        if (type == Boolean.class) {
            return Arrays.asList(true, false, null);
        }
        if (type.isEnum()) {
            List<Object> values = new ArrayList<>(Arrays.asList(type.getEnumConstants()));
            if (!"audience".equals(name)) {
                values.add(null);
            }
            return values;
        }
        return COUNTRY_VALUES;
    }

    /** The JSON field name. */
    public String name() {
        return name;
    }

    /** The field's value in a situation; null when unknown. */
    public Object get(Situation situation) {
        try {
            return getter.invoke(situation);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the situation with this field set to {@code value} (null for unknown). */
    public Situation with(Situation situation, Object value) {
        Situation.Builder b = situation.toBuilder();
        try {
            setter.invoke(b, value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
        return b.build();
    }

    /** The values worth trying for this field, null (unknown) included where allowed. */
    public List<Object> values() {
        return values;
    }

    /** A value as shown in explanations: "true", "KITCHEN", "US", or null for unknown. */
    public static String show(Object value) {
        return value == null ? null : value instanceof Enum ? ((Enum<?>) value).name() : value.toString();
    }
}
