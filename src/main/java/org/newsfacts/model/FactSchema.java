package org.newsfacts.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the pipeline knows about one fact type, in one place, read by every stage: which slots a
 * fact has (in FACTS-SCHEMA order) and which are required, and what makes two reports one event.
 * <ul>
 * <li>{@link #key() key} slots identify the event: all must agree (a list slot as a set) for two facts to
 *     be one event, within an article, across the corpus and against gold.</li>
 * <li>the {@link #eventName() event name} slot (a flight's {@code mission}) names the event: different
 *     names are different events; the same name is one event whatever dates the reports give.</li>
 * <li>{@link #distinct() distinct} slots must not contradict for reports from different articles to merge.</li>
 * <li>{@link #companions() companions}: the other participants (a flight's crewmates); two in common in
 *     the same year make two reports one event.</li>
 * <li>a {@link Succession succession} (a leadership change) has an incoming and an outgoing side on a
 *     post: at least one side is required and must agree, no side may contradict, nobody is on both.</li>
 * </ul>
 * The {@link #line() line} is how the CLI shows a fact.
 */
public final class FactSchema {
    /**
     * The two sides of a change of holder, and the slot naming the post.
     *
     * @param incoming the new holder's slot
     * @param outgoing the former holder's slot
     * @param post     the post's wording slot
     */
    public record Succession(Slot incoming, Slot outgoing, Slot post) {
        /** Both sides, incoming first. */
        public List<Slot> sides() {
            return List.of(incoming, outgoing);
        }

        /** The other side of {@code side}. */
        public Slot other(Slot side) {
            return side.equals(incoming) ? outgoing : incoming;
        }
    }

    private final List<Slot> slots;
    private final Set<Slot> required;
    private final Map<Slot, Integer> minimumItems;
    private final List<Slot> key;
    private final Slot eventName;
    private final List<Slot> distinct;
    private final Slot companions;
    private final Succession succession;
    private final LineTemplate line;
    private final boolean headline;

    private FactSchema(Builder b) {
        this.slots = List.copyOf(b.slots);
        this.required = Set.copyOf(b.required);
        this.minimumItems = Map.copyOf(b.minimumItems);
        this.key = List.copyOf(b.key);
        this.eventName = b.eventName;
        this.distinct = List.copyOf(b.distinct);
        this.companions = b.companions;
        this.succession = b.succession;
        this.headline = b.headline;
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a fact type needs at least one key slot");
        }
        List<Slot> named = new ArrayList<>(key);
        named.addAll(distinct);
        Optional.ofNullable(eventName).ifPresent(named::add);
        Optional.ofNullable(companions).ifPresent(named::add);
        Optional.ofNullable(succession).ifPresent(s -> named.addAll(List.of(s.incoming(), s.outgoing(), s.post())));
        named.addAll(minimumItems.keySet());
        for (Slot s : named) {
            if (!slots.contains(s)) {
                throw new IllegalArgumentException("slot " + s + " is used but not declared");
            }
        }
        if (companions != null && !companions.kind().isList()) {
            throw new IllegalArgumentException("companions must be a list slot: " + companions);
        }
        this.line = LineTemplate.parse(Objects.requireNonNull(b.line, "line"), slots);
    }

    /** A new definition; declare slots first, then their roles. */
    public static Builder builder() {
        return new Builder();
    }

    /** Every slot, in FACTS-SCHEMA order. */
    public List<Slot> slots() {
        return slots;
    }

    /** The slot of this name, if the type has it. */
    public Optional<Slot> slot(String name) {
        return slots.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public boolean isRequired(Slot slot) {
        return required.contains(slot);
    }

    /** The fewest names a list slot holds in a fact (two parties to an agreement); 1 for others. */
    public int minimumItems(Slot slot) {
        return minimumItems.getOrDefault(slot, 1);
    }

    public List<Slot> key() {
        return key;
    }

    public Optional<Slot> eventName() {
        return Optional.ofNullable(eventName);
    }

    public List<Slot> distinct() {
        return distinct;
    }

    public Optional<Slot> companions() {
        return Optional.ofNullable(companions);
    }

    public Optional<Succession> succession() {
        return Optional.ofNullable(succession);
    }

    public LineTemplate line() {
        return line;
    }

    /** Whether the type counts in the headline evaluation score. */
    public boolean headline() {
        return headline;
    }

    /**
     * Checks a fact's {@code args} against this schema: every slot known and of its kind, every required
     * slot present (a list with its minimum of names), one side of a succession at least. A violation is a
     * bug in the rule that built the fact: an {@link IllegalArgumentException} naming type and slot.
     */
    public void validate(String type, Map<String, ?> args) {
        for (Map.Entry<String, ?> e : args.entrySet()) {
            Slot slot = slot(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    type + " has no slot '" + e.getKey() + "' (slots: " + slots + ")"));
            try {
                slot.checked(e.getValue());
            } catch (IllegalArgumentException wrong) {
                throw new IllegalArgumentException(type + ": " + wrong.getMessage(), wrong);
            }
        }
        for (Slot slot : required) {
            Object value = slot.get(args);
            if (value == null || (value instanceof List<?> list && list.size() < minimumItems(slot))) {
                throw new IllegalArgumentException(type + " requires slot '" + slot + "'"
                        + (slot.kind().isList() ? " with at least " + minimumItems(slot) + " names" : ""));
            }
        }
        if (succession != null && succession.sides().stream().allMatch(s -> s.get(args) == null)) {
            throw new IllegalArgumentException(type + " requires '" + succession.incoming() + "' or '"
                    + succession.outgoing() + "'");
        }
    }

    /** Builds a {@link FactSchema}; {@link FactSchema#FactSchema} checks the parts fit together. */
    public static final class Builder {
        private final List<Slot> slots = new ArrayList<>();
        private final Set<Slot> required = new LinkedHashSet<>();
        private final Map<Slot, Integer> minimumItems = new LinkedHashMap<>();
        private final List<Slot> key = new ArrayList<>();
        private final List<Slot> distinct = new ArrayList<>();
        private Slot eventName;
        private Slot companions;
        private Succession succession;
        private String line;
        private boolean headline;

        private Builder() {
        }

        /** Slots every fact of the type has, in schema order. */
        public Builder required(Slot... more) {
            for (Slot s : more) {
                add(s);
                required.add(s);
            }
            return this;
        }

        /** Slots a fact has when the text says them, in schema order. */
        public Builder optional(Slot... more) {
            for (Slot s : more) {
                add(s);
            }
            return this;
        }

        private void add(Slot s) {
            if (slots.stream().anyMatch(t -> t.name().equals(s.name()))) {
                throw new IllegalArgumentException("slot declared twice: " + s);
            }
            slots.add(s);
        }

        /** A list slot needs at least this many names. */
        public Builder minimumItems(Slot list, int minimum) {
            if (!list.kind().isList() || minimum < 1) {
                throw new IllegalArgumentException("a minimum needs a list slot and a positive count: " + list);
            }
            minimumItems.put(list, minimum);
            return this;
        }

        public Builder key(Slot... slots) {
            key.addAll(List.of(slots));
            return this;
        }

        public Builder eventName(Slot slot) {
            eventName = slot;
            return this;
        }

        public Builder distinct(Slot... slots) {
            distinct.addAll(List.of(slots));
            return this;
        }

        public Builder companions(Slot list) {
            companions = list;
            return this;
        }

        public Builder succession(Slot incoming, Slot outgoing, Slot post) {
            succession = new Succession(incoming, outgoing, post);
            return this;
        }

        /** The CLI line, a {@link LineTemplate}. */
        public Builder line(String template) {
            line = template;
            return this;
        }

        /** Counts in the headline evaluation score. */
        public Builder headline() {
            headline = true;
            return this;
        }

        public FactSchema build() {
            return new FactSchema(this);
        }
    }
}
