package org.newsfacts.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Sentence;
import org.newsfacts.model.Token;

/**
 * "Full Name (ACRONYM)" makes the acronym an alias of that entity for the whole article: every later (or
 * earlier) bare ACRONYM is a mention of the full name, not a separate body. When generic NER tagged nothing,
 * capitalised words ending in an organisation head noun whose initials spell the acronym ("Orbital Debris
 * Board (ODB)") become the organisation.
 */
final class AcronymLinker {
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Ll}&]{0,8}\\p{Lu}");
    private static final Set<String> OPEN = Set.of("(", "-LRB-");
    private static final Set<String> CLOSE = Set.of(")", "-RRB-");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "on", "&");
    private static final Set<EntityType> ORGANISATIONS = Set.of(EntityType.AGENCY, EntityType.ORGANIZATION);
    private static final Set<EntityType> BODIES = Set.of(EntityType.AGENCY, EntityType.ORGANIZATION, EntityType.PLACE,
            EntityType.SPACECRAFT, EntityType.STATION);

    private final OrganisationHeads heads;

    AcronymLinker(OrganisationHeads heads) {
        this.heads = heads;
    }

    /** The article's spans with acronyms tied to the names they abbreviate; {@code text} is the article text. */
    List<List<TaggedSpan>> link(List<Sentence> sentences, List<List<TaggedSpan>> spans, String text) {
        Map<String, TaggedSpan> defined = new LinkedHashMap<>();
        List<List<TaggedSpan>> result = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            result.add(new ArrayList<>(spans.get(s)));
            define(sentences.get(s), result.get(s), text, defined);
        }
        Map<String, TaggedSpan> initialisms = initialisms(sentences, result, text);
        if (defined.isEmpty() && initialisms.isEmpty()) {
            return spans;
        }
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s).tokens();
            List<TaggedSpan> inSentence = result.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                int at = i;
                TaggedSpan full = defined.get(tokens.get(i).word());
                boolean untagged = inSentence.stream().noneMatch(x -> x.overlaps(at, at + 1));
                if (full == null && (inSentence.stream().anyMatch(x -> x.tokenStart() == at && x.tokenEnd() == at + 1
                        && x.canonical() == null && ORGANISATIONS.contains(x.type()))
                        || untagged && tokens.get(i).word().length() >= 4 && ACRONYM.matcher(tokens.get(i).word()).matches())) {
                    // "BOJ" tagged alone, "Bank of Japan" earlier; "FSAA" untagged after "FSA Aerospace Agency"
                    full = initialisms.get(tokens.get(i).word());
                }
                if (full == null || inSentence.stream().anyMatch(x -> x.overlaps(at, at + 1)
                        && (x.tokenEnd() - x.tokenStart() > 1 || x.type() == EntityType.PERSON || x.type() == EntityType.MISSION))) {
                    continue;
                }
                inSentence.removeIf(x -> x.overlaps(at, at + 1));
                inSentence.add(new TaggedSpan(i, i + 1, full.type(), full.tag(), full.canonical(), full.wikidata(), null));
            }
            inSentence.sort(Comparator.comparingInt(TaggedSpan::tokenStart));
        }
        return result;
    }

    /**
     * The initials of the article's organisation names of two or more capitalised words, with and without their
     * small words ("Bank of Japan": "BJ", "BOJ"), each kept only when one name has them.
     */
    private static Map<String, TaggedSpan> initialisms(List<Sentence> sentences, List<List<TaggedSpan>> spans, String text) {
        Map<String, TaggedSpan> found = new LinkedHashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s).tokens();
            for (TaggedSpan span : spans.get(s)) {
                if (!ORGANISATIONS.contains(span.type()) || span.tokenEnd() - span.tokenStart() < 2) {
                    continue;
                }
                StringBuilder capitals = new StringBuilder();
                StringBuilder all = new StringBuilder();
                StringBuilder blocks = new StringBuilder(); // an acronym inside the name counts whole: "FSA Space Office", "FSASO"
                for (int i = span.tokenStart(); i < span.tokenEnd(); i++) {
                    String word = tokens.get(i).word();
                    if (Character.isUpperCase(word.charAt(0))) {
                        capitals.append(word.charAt(0));
                        blocks.append(ACRONYM.matcher(word).matches() && word.equals(word.toUpperCase(Locale.ROOT)) ? word : word.substring(0, 1));
                    }
                    if (Character.isLetter(word.charAt(0))) {
                        all.append(Character.toUpperCase(word.charAt(0)));
                    }
                }
                String canonical = span.canonical() != null ? span.canonical()
                        : EntityResolver.nameOf(text, sentences.get(s), span);
                TaggedSpan named = new TaggedSpan(span.tokenStart(), span.tokenEnd(), span.type(), span.tag(), canonical,
                        span.wikidata(), null);
                for (String initials : new LinkedHashSet<>(List.of(capitals.toString(), all.toString(), blocks.toString()))) {
                    if (initials.length() < 2) {
                        continue;
                    }
                    TaggedSpan before = found.putIfAbsent(initials, named);
                    if (before != null && !before.canonical().equals(canonical)) {
                        ambiguous.add(initials);
                    }
                }
            }
        }
        ambiguous.forEach(found::remove);
        return found;
    }

    /** Records each "Name (ACR)" of the sentence, adding the name's span when the initials tell it. */
    private void define(Sentence sentence, List<TaggedSpan> spans, String text, Map<String, TaggedSpan> defined) {
        List<Token> tokens = sentence.tokens();
        for (int i = 1; i + 2 < tokens.size(); i++) {
            String acronym = tokens.get(i + 1).word();
            if (!OPEN.contains(tokens.get(i).word()) || !CLOSE.contains(tokens.get(i + 2).word())
                    || !ACRONYM.matcher(acronym).matches() || defined.containsKey(acronym)) {
                continue;
            }
            int end = i;
            TaggedSpan name = spans.stream().filter(x -> x.tokenEnd() == end && BODIES.contains(x.type())).findFirst()
                    .orElseGet(() -> spelledOut(tokens, end, acronym, spans));
            if (name != null) {
                String canonical = name.canonical() != null ? name.canonical() : EntityResolver.nameOf(text, sentence, name);
                defined.put(acronym, new TaggedSpan(name.tokenStart(), name.tokenEnd(), name.type(), name.tag(), canonical,
                        name.wikidata(), null));
            }
        }
    }

    /** Untagged capitalised words before {@code end}, ending in an organisation head, whose initials spell the acronym. */
    private TaggedSpan spelledOut(List<Token> tokens, int end, String acronym, List<TaggedSpan> spans) {
        if (!heads.contains(tokens.get(end - 1).word())) {
            return null;
        }
        String letters = acronym.replaceAll("[^\\p{Lu}]", "");
        StringBuilder initials = new StringBuilder();
        for (int start = end - 1; start >= 0; start--) {
            String word = tokens.get(start).word();
            int at = start;
            if (spans.stream().anyMatch(x -> x.overlaps(at, at + 1))) {
                return null;
            }
            if (CONNECTORS.contains(word)) {
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0))) {
                return null;
            }
            initials.insert(0, word.charAt(0));
            if (initials.toString().equals(letters)) {
                spans.add(new TaggedSpan(start, end, EntityType.ORGANIZATION, EntityType.ORGANIZATION.name(), null, null, null));
                spans.sort(Comparator.comparingInt(TaggedSpan::tokenStart));
                return spans.stream().filter(x -> x.tokenStart() == at).findFirst().orElseThrow();
            }
            if (initials.length() >= letters.length()) {
                return null;
            }
        }
        return null;
    }
}
