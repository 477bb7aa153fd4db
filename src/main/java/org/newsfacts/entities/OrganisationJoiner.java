package org.newsfacts.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Sentence;
import org.newsfacts.model.Token;

/**
 * Keeps an unknown organisation whole across "of": generic NER reads "Ministry of Science and Innovation" or
 * "Bank of Eastmoor" as a body (or nothing) and a place. A capitalised head noun of an organisation name
 * ({@link OrganisationHeads}), "of", an optional "the" and capitalised words form one ORGANIZATION span,
 * replacing the generic spans inside it. Names the gazetteer knows and people are never touched.
 */
final class OrganisationJoiner {
    private static final Set<String> JOINERS = Set.of("and", "&");
    private static final Set<String> ARTICLES = Set.of("The", "A", "An");

    private final OrganisationHeads heads;

    OrganisationJoiner(OrganisationHeads heads) {
        this.heads = heads;
    }

    /** The spans of {@code sentence} with each "Head of Name" organisation joined into one span. */
    List<TaggedSpan> join(Sentence sentence, List<TaggedSpan> spans) {
        List<Token> tokens = sentence.tokens();
        List<TaggedSpan> result = new ArrayList<>(spans);
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!heads.contains(tokens.get(i).word()) || !tokens.get(i + 1).word().equals("of") || fixed(result, i)) {
                continue;
            }
            int start = i;
            while (start > 0 && capitalised(tokens.get(start - 1).word()) && !ARTICLES.contains(tokens.get(start - 1).word())
                    && !fixed(result, start - 1)) {
                start--;
            }
            int end = i + 2;
            if (tokens.get(end).word().equals("the")) {
                end++;
            }
            int nameStart = end;
            while (end < tokens.size() && !fixed(result, end) && (capitalised(tokens.get(end).word())
                    || (JOINERS.contains(tokens.get(end).word()) && end + 1 < tokens.size()
                    && capitalised(tokens.get(end + 1).word())))) {
                end++;
            }
            if (end == nameStart) {
                continue;
            }
            end = campus(tokens, result, end);
            if (crossesBoundary(result, start, end)) {
                continue;
            }
            int from = start;
            int to = end;
            result.removeIf(s -> s.overlaps(from, to));
            result.add(new TaggedSpan(start, end, EntityType.ORGANIZATION, EntityType.ORGANIZATION.name(), null, null, null));
            i = end - 1;
        }
        result.sort(Comparator.comparingInt(TaggedSpan::tokenStart));
        return withCountry(result);
    }

    /** "U.S. Military Academy": a place right before an unknown organisation is part of its name. */
    private static List<TaggedSpan> withCountry(List<TaggedSpan> spans) {
        List<TaggedSpan> out = new ArrayList<>();
        for (TaggedSpan span : spans) {
            TaggedSpan previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && previous.type() == EntityType.PLACE && previous.tokenEnd() == span.tokenStart()
                    && span.type() == EntityType.ORGANIZATION && span.canonical() == null) {
                out.set(out.size() - 1, new TaggedSpan(previous.tokenStart(), span.tokenEnd(), EntityType.ORGANIZATION,
                        EntityType.ORGANIZATION.name(), null, null, null));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    /** "University of Northfield at Eastmoor": a campus place after "at" belongs to the name. */
    private static int campus(List<Token> tokens, List<TaggedSpan> spans, int end) {
        if (end + 1 >= tokens.size() || !tokens.get(end).word().equals("at")) {
            return end;
        }
        return spans.stream().filter(s -> s.tokenStart() == end + 1 && s.type() == EntityType.PLACE && s.canonical() == null)
                .mapToInt(TaggedSpan::tokenEnd).findFirst().orElse(end);
    }

    /** A token the joiner must leave alone: inside a gazetteer name, a named flight, a person or a date. */
    private static boolean fixed(List<TaggedSpan> spans, int token) {
        return spans.stream().anyMatch(s -> s.overlaps(token, token + 1) && (s.canonical() != null
                || s.type() == EntityType.PERSON || s.type() == EntityType.DATE));
    }

    private static boolean crossesBoundary(List<TaggedSpan> spans, int start, int end) {
        return spans.stream().anyMatch(s -> s.overlaps(start, end) && (s.tokenStart() < start || s.tokenEnd() > end));
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && word.chars().anyMatch(Character::isLetter);
    }
}
