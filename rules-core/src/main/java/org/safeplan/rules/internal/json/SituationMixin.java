package org.safeplan.rules.internal.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.safeplan.rules.Situation;

/** Reads {@link Situation} through its builder, keeping Jackson annotations out of the public type. */
@JsonDeserialize(builder = Situation.Builder.class)
abstract class SituationMixin {
}
