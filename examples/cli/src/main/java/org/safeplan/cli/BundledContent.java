package org.safeplan.cli;

import java.util.Arrays;
import java.util.Set;
import org.safeplan.rules.SafetyAdvisor;

/**
 * The content built into the CLI, loaded from the first moment of a process whose arguments ask
 * for advice on it: loading the rules is most of a first answer, and on a second core it overlaps
 * with reading the command line and starting the JSON reader instead of following them.
 *
 * <p>The arguments are only a hint: whether the built-in content is used is decided by the parsed
 * options ({@link ContentOption}); a load the command does not take is left unused, never
 * given in place of other content.
 */
final class BundledContent {

    /** Commands that advise on the content of their {@code --content} option, or on the built-in one. */
    private static final Set<String> ADVISING = Set.of("advise", "explain");
    /** Options after which the built-in content alone is not what is wanted. */
    private static final Set<String> OTHER_CONTENT = Set.of("--content", "--jurisdictions");

    private static volatile Background<SafetyAdvisor> preloaded;

    private BundledContent() {
    }

    /**
     * Starts loading the built-in content when {@code args} ask for advice and name no other content.
     *
     * @return whether it started
     */
    static boolean preloadFor(String... args) {
        if (args.length > 0 && ADVISING.contains(args[0])
                && Arrays.stream(args).noneMatch(a -> OTHER_CONTENT.contains(a.split("=", 2)[0]))) {
            preloaded = Background.start("safeplan-content-preload", SafetyAdvisor::create);
            return true;
        }
        return false;
    }

    /** An advisor on the built-in content: the one preloaded, if any (taken once), else loaded now. */
    static SafetyAdvisor advisor() {
        Background<SafetyAdvisor> started = preloaded;
        preloaded = null;
        return started == null ? SafetyAdvisor.create() : started.join();
    }
}
