package org.safeplan.rules.internal.json;

import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;

/** The builder's methods are named like the JSON fields, without a "with" prefix. */
@JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
abstract class SituationBuilderMixin {
}
