package org.newsfacts.entities;

import org.newsfacts.model.EntityType;

/**
 * A span the tagger settled on, before person names are resolved across the article.
 *
 * @param tag       EntityType name or MISSION
 * @param canonical the gazetteer's or mission catalog's name, or null when the span names itself
 * @param wikidata  the gazetteer's id, or null
 * @param value     normalized TIMEX value for dates, else null
 */
record TaggedSpan(int tokenStart, int tokenEnd, EntityType type, String tag, String canonical, String wikidata,
                  String value) {

    boolean overlaps(int start, int end) {
        return tokenStart < end && start < tokenEnd;
    }
}
