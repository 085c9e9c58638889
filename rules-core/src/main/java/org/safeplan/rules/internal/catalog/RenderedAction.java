package org.safeplan.rules.internal.catalog;

/** An action's title and text with one jurisdiction's values filled in. */
public record RenderedAction(CatalogAction action, String title, String text) {
}
