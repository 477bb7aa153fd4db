package org.newsfacts.model;

/**
 * Entity types of FACTS-SCHEMA v1.1: MISSION (named flights such as Crew-5 or Soyuz MS-22) is new in 1.1;
 * DATE entities carry calendar values only.
 */
public enum EntityType {
    PERSON, AGENCY, ORGANIZATION, PLACE, SPACECRAFT, STATION, MISSION, DATE;

    /** An agency or another organisation: a body that holds posts, employs people and signs agreements. */
    public boolean isOrganization() {
        return this == AGENCY || this == ORGANIZATION;
    }

    /** The id prefix used in entity ids such as {@code org:roscosmos}. */
    public String idPrefix() {
        return switch (this) {
            case PERSON -> "person";
            case AGENCY, ORGANIZATION -> "org";
            case PLACE -> "place";
            case SPACECRAFT -> "craft";
            case STATION -> "station";
            case MISSION -> "mission";
            case DATE -> "date";
        };
    }
}
