package org.safeplan.rules.internal;

import java.util.List;
import java.util.Set;
import org.safeplan.rules.Caution;
import org.safeplan.rules.Exposure;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.Urgency;

/**
 * The engine's way to create a {@link Recommendation} from values that are already immutable
 * and checked (the catalog's lists and sets, the sorted rule ids), without the builder's defensive
 * copies: the advise path creates several per call. {@link Recommendation} registers the factory
 * when it is initialised (the JDK's "shared secrets" pattern); not for applications.
 */
public final class Recommendations {

    /** Creates a recommendation that keeps the given immutable collections as they are. */
    @FunctionalInterface
    public interface Factory {
        Recommendation create(int rank, String actionId, Urgency urgency, String title, String text,
                              List<String> sources, List<String> firedBy, Set<Exposure> exposures,
                              List<Caution> cautions, List<String> placedBy);
    }

    private static volatile Factory factory;

    private Recommendations() {
    }

    /** Called once, by {@link Recommendation}'s static initialiser. */
    public static void register(Factory f) {
        synchronized (Recommendations.class) {
            if (factory != null) {
                throw new IllegalStateException("the recommendation factory is already registered");
            }
            factory = f;
        }
    }

    /** The factory; initialises {@link Recommendation} when needed. */
    public static Factory factory() {
        Factory f = factory;
        if (f == null) {
            try {
                Class.forName(Recommendation.class.getName(), true, Recommendation.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            f = factory;
        }
        return f;
    }
}
