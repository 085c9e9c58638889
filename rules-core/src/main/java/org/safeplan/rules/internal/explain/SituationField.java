package org.safeplan.rules.internal.explain;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.safeplan.rules.Situation;
import org.safeplan.rules.internal.Countries;
import org.safeplan.rules.internal.Declared;
import org.safeplan.rules.internal.Regions;

/**
 * One field of the situation, read from its declaration in {@link Situation} (see {@link Declared}):
 * its JSON name, type, description, question and values, and how to read and set it. The single
 * place that enumerates the situation's fields; it fails at class initialisation, naming the field,
 * if a declared field has no getter or builder method of its type.
 */
public final class SituationField {

    /** Tried first for a country without data of its own, before every other ISO code. */
    private static final String PREFERRED_WITHOUT_ENTRY = "FR";

    private static final List<SituationField> DECLARED = discover();
    private static final List<SituationField> ALL = DECLARED.stream()
            .sorted(Comparator.comparing(SituationField::name)).toList();

    private final String name;
    private final Class<?> type;
    private final Declared declaration;
    private final MethodHandle getter;
    private final MethodHandle setter;

    private SituationField(String name, Class<?> type, Declared declaration, MethodHandle getter, MethodHandle setter) {
        this.name = name;
        this.type = type;
        this.declaration = declaration;
        this.getter = getter;
        this.setter = setter;
    }

    /** Every field, in the order of their JSON names (the order the JSON writer uses). */
    public static List<SituationField> all() {
        return ALL;
    }

    /** Every field in the playground's order: by group, then as declared. */
    public static List<SituationField> declared() {
        return DECLARED;
    }

    /** The field with this JSON name. */
    public static SituationField named(String name) {
        return ALL.stream().filter(f -> f.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no situation field " + name));
    }

    /** {@code ROOM_HAS_EXIT}: {@code roomHasExit}. */
    public static String jsonName(String constant) {
        StringBuilder out = new StringBuilder();
        for (String part : constant.toLowerCase(Locale.ROOT).split("_")) {
            out.append(out.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return out.toString();
    }

    private static List<SituationField> discover() {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        List<Field> constants = new ArrayList<>();
        for (Field f : Situation.class.getDeclaredFields()) {
            if (f.isAnnotationPresent(Declared.class)) {
                if (!Modifier.isStatic(f.getModifiers()) || f.getType() != int.class) {
                    throw new IllegalStateException("Situation." + f.getName() + ": @Declared goes on a static int constant");
                }
                constants.add(f);
            }
        }
        // The constants' values are their order of declaration (Situation.next()).
        constants.sort(Comparator.comparingInt(SituationField::index));
        List<SituationField> out = new ArrayList<>();
        for (Field constant : constants) {
            String name = jsonName(constant.getName());
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            try {
                var getterMethod = Situation.class.getMethod("get" + capitalised);
                Class<?> type = getterMethod.getReturnType();
                MethodHandle getter = lookup.unreflect(getterMethod);
                MethodHandle setter = lookup.findVirtual(Situation.Builder.class, name,
                        MethodType.methodType(Situation.Builder.class, type));
                out.add(new SituationField(name, type, constant.getAnnotation(Declared.class), getter, setter));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException("situation field \"" + name + "\" (Situation." + constant.getName()
                        + ") needs a public getter get" + capitalised + "() and a builder method " + name
                        + "(...) of the same type", e);
            }
        }
        List<Declared.Group> groups = List.of(Declared.Group.values());
        out.sort(Comparator.comparingInt(f -> groups.indexOf(f.declaration.group())));
        return List.copyOf(out);
    }

    private static int index(Field constant) {
        try {
            constant.setAccessible(true);
            return constant.getInt(null);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalStateException("cannot read Situation." + constant.getName(), e);
        }
    }

    /** The JSON field name. */
    public String name() {
        return name;
    }

    /** The value's Java type: {@code Boolean}, {@code String} or an enum. */
    public Class<?> type() {
        return type;
    }

    /** What the field means, one sentence. */
    public String description() {
        return declaration.description();
    }

    /** The question the playground asks. */
    public String question() {
        return declaration.question();
    }

    /** What the playground shows for unknown. */
    public String unknownLabel() {
        return declaration.unknown();
    }

    /** The playground's group of questions. */
    public Declared.Group group() {
        return declaration.group();
    }

    /** For a text field, what the text holds; {@link Declared.Text#NONE} otherwise. */
    public Declared.Text text() {
        return declaration.text();
    }

    /**
     * For an enum field, each value's name and label, in the enum's order; empty otherwise.
     *
     * @throws IllegalStateException naming the field and the value if a label is missing or extra
     */
    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String label : declaration.labels()) {
            int eq = label.indexOf('=');
            if (eq < 1) {
                throw new IllegalStateException("situation field \"" + name + "\": label \"" + label + "\" is not VALUE=Label");
            }
            labels.put(label.substring(0, eq), label.substring(eq + 1));
        }
        if (!labels.keySet().equals(new LinkedHashSet<>(allowedValues()))) {
            Set<String> missing = new TreeSet<>(allowedValues());
            missing.removeAll(labels.keySet());
            Set<String> extra = new TreeSet<>(labels.keySet());
            allowedValues().forEach(extra::remove);
            throw new IllegalStateException("situation field \"" + name + "\": the labels in Situation's @Declared"
                    + " must name each value once; without a label: " + missing + ", not a value: " + extra);
        }
        return labels;
    }

    /** For an enum field, the names of its values in order; empty for other fields. */
    public List<String> allowedValues() {
        if (!type.isEnum()) {
            return List.of();
        }
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    /** The field's value in a situation; null when unknown ({@code audience}: as the getter gives it). */
    public Object get(Situation situation) {
        try {
            return getter.invoke(situation);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A copy of the situation with this field set to {@code value} (null for unknown).
     *
     * @throws IllegalArgumentException if the value is not allowed there (e.g. a region of another country)
     */
    public Situation with(Situation situation, Object value) {
        Situation.Builder b = situation.toBuilder();
        try {
            setter.invoke(b, value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return b.build();
    }

    /**
     * The values worth trying for this field, unknown (null) included where it is a value of its own:
     * true and false; each enum value; for the country each of {@code countries} (those with data of
     * their own in the content, in order), then one ISO code that is none of them (FR when it can be),
     * which gets the default wording; for the region, every listed subdivision of those countries.
     *
     * @param countries ISO 3166-1 alpha-2 codes in capitals, such as the content's jurisdictions; may be empty
     * @throws IllegalArgumentException if a country is not such a code
     */
    public List<Object> values(Collection<String> countries) {
        List<Object> values = new ArrayList<>();
        if (type == Boolean.class) {
            values.addAll(List.of(true, false));
        } else if (type.isEnum()) {
            values.addAll(Arrays.asList(type.getEnumConstants()));
            if ("audience".equals(name)) {
                return List.copyOf(values);       // unknown is SURVIVOR
            }
        } else if (text() == Declared.Text.COUNTRY) {
            values.addAll(withOneWithoutEntry(countries));
        } else if (text() == Declared.Text.REGION) {
            for (String country : withOneWithoutEntry(countries)) {
                values.addAll(Regions.of(country).keySet());
            }
        } else {
            throw new IllegalStateException("situation field \"" + name + "\" of type " + type.getSimpleName()
                    + " has no values to try: declare what its text holds (Declared.Text) and give it values here");
        }
        values.add(null);
        return java.util.Collections.unmodifiableList(values);
    }

    /** The countries given (duplicates dropped), then one ISO code that is none of them. */
    public static List<String> withOneWithoutEntry(Collection<String> countries) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : countries) {
            Objects.requireNonNull(code, "a country code is null");
            if (!Countries.requireIsoCode(code).equals(code)) {
                throw new IllegalArgumentException("write the country code in capitals: " + code.toUpperCase(Locale.ROOT));
            }
            codes.add(code);
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(PREFERRED_WITHOUT_ENTRY);
        candidates.addAll(new TreeSet<>(Arrays.asList(Locale.getISOCountries())));
        String without = candidates.stream().filter(c -> !codes.contains(c)).findFirst().orElseThrow();
        List<String> out = new ArrayList<>(codes);
        out.add(without);
        return out;
    }

    /** A value as shown in explanations: "true", "KITCHEN", "US", or null for unknown. */
    public static String show(Object value) {
        return value == null ? null : value instanceof Enum ? ((Enum<?>) value).name() : value.toString();
    }
}
