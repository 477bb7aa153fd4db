package org.newsfacts.model;

/**
 * The slots of FACTS-SCHEMA v1.1, one constant each. A slot name means the same thing in every fact
 * type that has it ({@code person} in FLIGHT_ASSIGNMENT and ROLE), so slots are defined once here and
 * each {@link FactType} lists the ones it has. Code names slots through these constants, never as strings.
 */
public final class Slots {
    /** The one the fact is about: who flies, who holds a title. */
    public static final Slot PERSON = Slot.entity("person", EntityType.PERSON);
    public static final Slot AGENCY = Slot.entity("agency", EntityType.AGENCY, EntityType.ORGANIZATION, EntityType.PLACE);
    public static final Slot VEHICLE = Slot.entity("vehicle", EntityType.SPACECRAFT);
    public static final Slot LAUNCH_SITE = Slot.entity("launch_site", EntityType.PLACE);
    public static final Slot DESTINATION = Slot.entity("destination", EntityType.STATION, EntityType.PLACE);
    public static final Slot MISSION = Slot.entity("mission", EntityType.MISSION);
    /** The other people on the same flight. */
    public static final Slot CREWMATES = Slot.entities("crewmates", EntityType.PERSON);
    public static final Slot ORGANIZATION = Slot.entity("organization", EntityType.AGENCY, EntityType.ORGANIZATION, EntityType.PLACE);
    /** The post of a leadership change ("head", EntityType."chief executive"). */
    public static final Slot ROLE = Slot.text("role");
    public static final Slot OUTGOING = Slot.entity("outgoing", EntityType.PERSON);
    public static final Slot INCOMING = Slot.entity("incoming", EntityType.PERSON);
    public static final Slot APPOINTED_BY = Slot.entity("appointed_by", EntityType.PERSON, EntityType.AGENCY, EntityType.ORGANIZATION);
    /** The signing organisations of an agreement. */
    public static final Slot PARTIES = Slot.entities("parties", EntityType.AGENCY, EntityType.ORGANIZATION, EntityType.PLACE);
    public static final Slot SUBJECT = Slot.text("subject");
    /** A title a person holds or held ("deputy prime minister"). */
    public static final Slot TITLE = Slot.text("title");
    /** Whether the title is held no longer. */
    public static final Slot FORMER = Slot.flag("former");

    private Slots() {
    }
}
