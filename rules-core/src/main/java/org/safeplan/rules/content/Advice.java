package org.safeplan.rules.content;

/**
 * The recommendation API, and the only thing a rule's consequence may call.
 *
 * <p>Rule files declare it as the global {@code advice}:
 * <pre>{@code
 * global org.safeplan.rules.content.Advice advice;
 *
 * rule "Get out of the kitchen when in danger"
 *     @id("danger-kitchen") @version("1")
 * when
 *     Situation( immediateDanger == true, location == Location.KITCHEN )
 * then
 *     advice.recommend("leave-the-kitchen");
 * end
 * }</pre>
 *
 * The engine records which rule made each call; ranking, wording and sources come from the action
 * catalog, never from the rule.
 */
public interface Advice {

    /** The name rule files must give the global. */
    String GLOBAL_NAME = "advice";

    /**
     * Recommends the catalog action {@code actionId} for the situation being evaluated. Recommending
     * the same action from several rules is allowed: it appears once, citing every rule.
     *
     * @throws IllegalArgumentException if the catalog has no such action
     */
    void recommend(String actionId);
}
