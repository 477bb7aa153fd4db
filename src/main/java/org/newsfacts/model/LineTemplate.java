package org.newsfacts.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a fact reads as one line for people, written once per fact type in its {@link FactSchema}:
 * {@code {person}[ ({agency})] flies[ on {vehicle}]}. {@code {slot}} is the slot's value ({@code ?} when
 * absent; a list joined with {@code " + "}); a {@code [...]} part shows only when every slot in it is
 * filled, and a flag in it shows as its own name when true ({@code [{former} ]} gives "former ").
 */
public final class LineTemplate {
    private static final String UNKNOWN = "?";

    /** A literal text, or a slot's value. */
    private record Part(String text, Slot slot) {
    }

    /** A run of parts; an optional one shows only when its slots are all filled. */
    private record Segment(List<Part> parts, boolean optional) {
    }

    private final String source;
    private final List<Segment> segments;

    private LineTemplate(String source, List<Segment> segments) {
        this.source = source;
        this.segments = List.copyOf(segments);
    }

    /**
     * Parses a template whose {@code {slot}} names must be among {@code slots}; a malformed template or an
     * unknown slot is an {@link IllegalArgumentException} naming it.
     */
    static LineTemplate parse(String template, List<Slot> slots) {
        List<Segment> segments = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        boolean inOptional = false;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '[' || c == ']') {
                if (inOptional == (c == '[')) {
                    throw new IllegalArgumentException("unbalanced [ ] in line template: " + template);
                }
                if (!parts.isEmpty()) {
                    segments.add(new Segment(parts, inOptional));
                }
                parts = new ArrayList<>();
                inOptional = c == '[';
                i++;
            } else if (c == '{') {
                int end = template.indexOf('}', i);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed { in line template: " + template);
                }
                String name = template.substring(i + 1, end);
                Slot slot = slots.stream().filter(s -> s.name().equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("line template names unknown slot {" + name + "}: " + template));
                parts.add(new Part(null, slot));
                i = end + 1;
            } else {
                int end = i;
                while (end < template.length() && "[]{}".indexOf(template.charAt(end)) < 0) {
                    end++;
                }
                parts.add(new Part(template.substring(i, end), null));
                i = end;
            }
        }
        if (inOptional) {
            throw new IllegalArgumentException("unbalanced [ ] in line template: " + template);
        }
        if (!parts.isEmpty()) {
            segments.add(new Segment(parts, false));
        }
        return new LineTemplate(template, segments);
    }

    /** The line for these slot values. */
    public String render(Map<String, ?> args) {
        StringBuilder line = new StringBuilder();
        for (Segment segment : segments) {
            if (segment.optional() && !segment.parts().stream().allMatch(p -> p.slot() == null || filled(p.slot(), args))) {
                continue;
            }
            for (Part part : segment.parts()) {
                if (part.slot() == null) {
                    line.append(part.text());
                } else if (segment.optional() && part.slot().kind() == SlotKind.FLAG) {
                    line.append(part.slot().name());
                } else {
                    line.append(shown(part.slot().get(args)).orElse(segment.optional() ? "" : UNKNOWN));
                }
            }
        }
        return line.toString();
    }

    private static boolean filled(Slot slot, Map<String, ?> args) {
        Object value = slot.get(args);
        return slot.kind() == SlotKind.FLAG ? Boolean.TRUE.equals(value) : value != null;
    }

    private static Optional<String> shown(Object value) {
        if (value instanceof List<?> list) {
            return Optional.of(list.stream().map(String::valueOf).collect(Collectors.joining(" + ")));
        }
        return Optional.ofNullable(value).map(String::valueOf);
    }

    @Override
    public String toString() {
        return source;
    }
}
