package org.newsfacts.model;

/**
 * What a fact slot holds, which decides how every stage treats it: entity slots are resolved to corpus
 * entities and compared by them, wording slots compare by folded text and merge by the wording most
 * sources use, list slots are JSON arrays united across sources, flags take the latest source's value.
 */
public enum SlotKind {
    /** One canonical entity name ({@code "Roscosmos"}). */
    ENTITY,
    /** A JSON array of canonical entity names ({@code crewmates}, {@code parties}). */
    ENTITY_LIST,
    /** Wording as the text has it ({@code role}, {@code title}, {@code subject}). */
    TEXT,
    /** true or false ({@code former}). */
    FLAG;

    /** Whether values are JSON arrays. */
    public boolean isList() {
        return this == ENTITY_LIST;
    }

    /** Whether values are entity names (rather than wording or a flag). */
    public boolean namesEntity() {
        return this == ENTITY || this == ENTITY_LIST;
    }
}
