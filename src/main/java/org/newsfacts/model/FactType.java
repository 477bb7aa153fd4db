package org.newsfacts.model;

import static org.newsfacts.model.Slots.AGENCY;
import static org.newsfacts.model.Slots.APPOINTED_BY;
import static org.newsfacts.model.Slots.CREWMATES;
import static org.newsfacts.model.Slots.DESTINATION;
import static org.newsfacts.model.Slots.FORMER;
import static org.newsfacts.model.Slots.INCOMING;
import static org.newsfacts.model.Slots.LAUNCH_SITE;
import static org.newsfacts.model.Slots.MISSION;
import static org.newsfacts.model.Slots.ORGANIZATION;
import static org.newsfacts.model.Slots.OUTGOING;
import static org.newsfacts.model.Slots.PARTIES;
import static org.newsfacts.model.Slots.PERSON;
import static org.newsfacts.model.Slots.SUBJECT;
import static org.newsfacts.model.Slots.TITLE;
import static org.newsfacts.model.Slots.VEHICLE;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A fact type of FACTS-SCHEMA v1.1 and its one definition, the {@link FactSchema} that the rules, the
 * merger, the corpus, CSV, the CLI and evaluation all read. Adding a type is one constant here (and its
 * entry in {@link #values()}), one rule, tests. ROLE is a by-product and not part of the headline score.
 * Values compare in declaration order, as an enum's would, and serialize as their name.
 */
public final class FactType implements Comparable<FactType> {
    /** Declared before the types, which check their names against it as they are built. */
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    public static final FactType FLIGHT_ASSIGNMENT = new FactType(0, "FLIGHT_ASSIGNMENT", FactSchema.builder()
            .required(PERSON).optional(AGENCY, VEHICLE, LAUNCH_SITE, DESTINATION, MISSION, CREWMATES)
            .key(PERSON).eventName(MISSION).distinct(VEHICLE).companions(CREWMATES)
            .line("{person}[ ({agency})] flies[ {mission}][ on {vehicle}][ from {launch_site}][ to {destination}]")
            .headline());

    public static final FactType LEADERSHIP_CHANGE = new FactType(1, "LEADERSHIP_CHANGE", FactSchema.builder()
            .required(ORGANIZATION).optional(Slots.ROLE, OUTGOING, INCOMING, APPOINTED_BY)
            .key(ORGANIZATION).succession(INCOMING, OUTGOING, Slots.ROLE)
            .line("{organization}[ {role}]: {outgoing} → {incoming}[ (appointed by {appointed_by})]")
            .headline());

    public static final FactType AGREEMENT = new FactType(2, "AGREEMENT", FactSchema.builder()
            .required(PARTIES).optional(SUBJECT).minimumItems(PARTIES, 2)
            .key(PARTIES).distinct(SUBJECT)
            .line("{parties} agree[: {subject}]")
            .headline());

    public static final FactType ROLE = new FactType(3, "ROLE", FactSchema.builder()
            .required(PERSON, TITLE).optional(ORGANIZATION, FORMER)
            .key(PERSON, TITLE).distinct(ORGANIZATION)
            .line("{person}: [{former} ]{title}[, {organization}]"));

    private static final List<FactType> VALUES = List.of(FLIGHT_ASSIGNMENT, LEADERSHIP_CHANGE, AGREEMENT, ROLE);
    private static final AtomicInteger NEXT_DEFINED = new AtomicInteger(VALUES.size());

    private final int ordinal;
    private final String name;
    private final FactSchema schema;

    private FactType(int ordinal, String name, FactSchema.Builder schema) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("fact type name must be UPPER_SNAKE_CASE: " + name);
        }
        this.ordinal = ordinal;
        this.name = name;
        this.schema = schema.build();
    }

    /**
     * A type outside the built-in list: every stage handles it through its schema, but it is not found by
     * name ({@link #find}) nor listed in {@link #values()}, so stored data and the CLI never meet it. For
     * trying a new type before it becomes a constant here (the README's worked example does).
     */
    public static FactType define(String name, FactSchema.Builder schema) {
        if (VALUES.stream().anyMatch(t -> t.name.equals(name))) {
            throw new IllegalArgumentException("fact type " + name + " exists already");
        }
        return new FactType(NEXT_DEFINED.getAndIncrement(), name, schema);
    }

    /** The built-in types, in declaration order. */
    public static List<FactType> values() {
        return VALUES;
    }

    /**
     * The built-in type a user or a file names: case-insensitive, {@code -} or a space for {@code _}
     * ({@code leadership-change}, {@code flight_assignment}, {@code AGREEMENT}).
     */
    public static Optional<FactType> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return VALUES.stream().filter(t -> t.name.equals(wanted)).findFirst();
    }

    /** {@link #find}, or an {@link IllegalArgumentException} that lists the types. */
    @JsonCreator
    public static FactType of(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown fact type '" + name + "' (one of " + VALUES + ")"));
    }

    @JsonValue
    public String name() {
        return name;
    }

    /** Position in declaration order, as {@link Enum#ordinal()}. */
    public int ordinal() {
        return ordinal;
    }

    public FactSchema schema() {
        return schema;
    }

    @Override
    public int compareTo(FactType other) {
        int byOrder = Integer.compare(ordinal, other.ordinal);
        return byOrder != 0 ? byOrder : name.compareTo(other.name);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof FactType t && t.ordinal == ordinal && t.name.equals(name));
    }

    @Override
    public int hashCode() {
        return Objects.hash(ordinal, name);
    }

    @Override
    public String toString() {
        return name;
    }
}
