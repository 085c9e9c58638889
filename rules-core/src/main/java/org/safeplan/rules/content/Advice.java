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
 * The engine records which rule made each call; wording and sources come from the action catalog,
 * never from the rule. The order is the catalog's (urgency, then priority) unless an ordering rule
 * says otherwise for the situation, with {@link #putFirst(String)} or
 * {@link #putBefore(String, String)}; it never depends on the order in which rules fire.
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

    /**
     * Says that the catalog caution {@code cautionId} applies in this situation: it is attached to
     * every recommended action it guards (the catalog says which), and to nothing else.
     *
     * @throws IllegalArgumentException if the catalog has no such caution
     */
    void caution(String cautionId);

    /**
     * Puts {@code actionId}, if recommended, first among the recommendations of its urgency. When
     * several actions lead, they keep the catalog order among themselves.
     *
     * @throws IllegalArgumentException if the catalog has no such action
     */
    void putFirst(String actionId);

    /**
     * Puts {@code actionId} before {@code laterActionId} when both are recommended; the two must have
     * the same urgency (the content validator checks it, and that these orderings form no cycle).
     *
     * @throws IllegalArgumentException if the catalog has no such action
     */
    void putBefore(String actionId, String laterActionId);
}
