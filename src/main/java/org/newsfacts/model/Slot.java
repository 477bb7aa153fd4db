package org.newsfacts.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One named argument of a fact ({@code person}, {@code crewmates}, {@code former}), as FACTS-SCHEMA
 * defines it: its JSON name, its {@link SlotKind} and, for entity slots, the entity types its names
 * usually have (most likely first, used to pick the entity an ambiguous name means). The slots of the
 * schema are the constants of {@link Slots}; a {@link FactSchema} says which of them a fact type has.
 *
 * @param name        the key in a fact's {@code args} (snake_case)
 * @param kind        what a value is
 * @param entityTypes for entity slots, the likely entity types, most likely first; empty otherwise
 */
public record Slot(String name, SlotKind kind, List<EntityType> entityTypes) {
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    public Slot {
        Objects.requireNonNull(kind, "kind");
        if (name == null || !SNAKE_CASE.matcher(name).matches()) {
            throw new IllegalArgumentException("slot name must be snake_case: " + name);
        }
        entityTypes = List.copyOf(entityTypes);
        if (kind.namesEntity() == entityTypes.isEmpty()) {
            throw new IllegalArgumentException("slot " + name + ": entity slots, and only they, list entity types");
        }
    }

    /** A slot holding one entity name of these types (most likely first). */
    public static Slot entity(String name, EntityType... types) {
        return new Slot(name, SlotKind.ENTITY, List.of(types));
    }

    /** A slot holding a list of entity names of these types. */
    public static Slot entities(String name, EntityType... types) {
        return new Slot(name, SlotKind.ENTITY_LIST, List.of(types));
    }

    /** A slot holding wording. */
    public static Slot text(String name) {
        return new Slot(name, SlotKind.TEXT, List.of());
    }

    /** A true/false slot. */
    public static Slot flag(String name) {
        return new Slot(name, SlotKind.FLAG, List.of());
    }

    /** Whether its names are people's, so a lone surname must not leave its article. */
    public boolean namesPerson() {
        return entityTypes.contains(EntityType.PERSON);
    }

    /** This slot's value in {@code args}, or null. */
    public Object get(Map<String, ?> args) {
        return args.get(name);
    }

    /**
     * Puts a value into {@code args} under this slot's name, checking it has the slot's kind (a list for
     * a list slot, a Boolean for a flag, a string otherwise): a rule that builds a wrong value fails here.
     */
    public void put(Map<String, Object> args, Object value) {
        args.put(name, checked(value));
    }

    /** {@link #put} when the value is not null. */
    public void putIfPresent(Map<String, Object> args, Object value) {
        if (value != null) {
            put(args, value);
        }
    }

    /** The value itself, when it has this slot's kind; an {@link IllegalArgumentException} otherwise. */
    Object checked(Object value) {
        boolean ok = switch (kind) {
            case ENTITY_LIST -> value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
            case FLAG -> value instanceof Boolean;
            case ENTITY, TEXT -> value instanceof String;
        };
        if (!ok) {
            throw new IllegalArgumentException("slot " + name + " holds " + kind + ", not "
                    + (value == null ? "null" : value.getClass().getSimpleName() + " " + value));
        }
        return value;
    }

    @Override
    public String toString() {
        return name;
    }
}
