package org.newsfacts.corpus;

import java.util.List;
import java.util.Map;
import org.newsfacts.model.EntityType;

/**
 * What each FACTS-SCHEMA v1 slot holds, for comparing facts across articles: entity slots compare by
 * corpus entity (and say which types to prefer when a name is ambiguous), wording slots by folded text.
 */
final class FactSlots {
    private static final List<EntityType> PEOPLE = List.of(EntityType.PERSON);
    private static final List<EntityType> BODIES = List.of(EntityType.AGENCY, EntityType.ORGANIZATION, EntityType.PLACE);
    private static final Map<String, List<EntityType>> ENTITY_SLOTS = Map.ofEntries(
            Map.entry("person", PEOPLE), Map.entry("incoming", PEOPLE), Map.entry("outgoing", PEOPLE),
            Map.entry("crewmates", PEOPLE),
            Map.entry("appointed_by", List.of(EntityType.PERSON, EntityType.AGENCY, EntityType.ORGANIZATION)),
            Map.entry("agency", BODIES), Map.entry("organization", BODIES), Map.entry("parties", BODIES),
            Map.entry("vehicle", List.of(EntityType.SPACECRAFT)), Map.entry("mission", List.of(EntityType.MISSION)),
            Map.entry("destination", List.of(EntityType.STATION, EntityType.PLACE)),
            Map.entry("launch_site", List.of(EntityType.PLACE)));

    private FactSlots() {
    }

    /** Whether the slot names an entity (rather than wording such as a role, title or subject). */
    static boolean namesEntity(String slot) {
        return ENTITY_SLOTS.containsKey(slot);
    }

    /** The entity types a slot's names usually have, most likely first; empty for wording slots. */
    static List<EntityType> types(String slot) {
        return ENTITY_SLOTS.getOrDefault(slot, List.of());
    }

    /** Whether a one-word value of this slot is a lone surname, which must not leave its article. */
    static boolean namesPerson(String slot) {
        return types(slot).contains(EntityType.PERSON);
    }
}
