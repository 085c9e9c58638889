package org.safeplan.rules.internal.catalog;

/** An action's title, text and summary in one language, with one jurisdiction's values filled in. */
public record RenderedAction(CatalogAction action, String title, String text, String summary) {
}
