package org.newsfacts.model;

/** Entity types of FACTS-SCHEMA v1. */
public enum EntityType {
    PERSON, AGENCY, ORGANIZATION, PLACE, SPACECRAFT, STATION, DATE;

    /** The id prefix used in entity ids such as {@code org:roscosmos}. */
    public String idPrefix() {
        return switch (this) {
            case PERSON -> "person";
            case AGENCY, ORGANIZATION -> "org";
            case PLACE -> "place";
            case SPACECRAFT -> "craft";
            case STATION -> "station";
            case DATE -> "date";
        };
    }
}
