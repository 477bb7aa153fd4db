package org.newsfacts.model;

/**
 * A mention resolved to its entity: type and canonical name ("Rogozin" → "Dmitry Rogozin",
 * "Roskosmos" → "Roscosmos"). Token indices are within sentence {@code sentence}.
 *
 * @param tag the finer tag the rules read: an {@link EntityType} name, or MISSION for named flights
 */
public record EntityMention(int sentence, int tokenStart, int tokenEnd, EntityType type, String tag,
                            String canonical, String text, int start, int end) {
}
