package org.newsfacts.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacts.model.AnnotatedArticle;
import org.newsfacts.model.Entity;
import org.newsfacts.model.EntityMention;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.ResolvedArticle;
import org.newsfacts.model.Sentence;
import org.newsfacts.model.Token;

/**
 * AnnotatedArticle → ResolvedArticle: tags each sentence with {@link DomainTagger}, resolves person
 * names across the article, and counts one {@link Entity} per canonical name and type. A pure function
 * of the article; the gazetteer and mission catalog are read-only.
 */
public final class EntityResolver {
    private static final Pattern LEGAL_FORM = Pattern.compile(
            ",? (Corp\\.?|Corporation|Inc\\.?|Incorporated|Ltd\\.?|Limited|plc|PLC|LLC|Co\\.|AG|SA|S\\.A\\.|SE|NV|N\\.V\\.|GmbH)$");

    private final DomainTagger tagger;
    private final PersonNameResolver persons = new PersonNameResolver();
    private final TenseYearResolver years = new TenseYearResolver();
    private final AcronymLinker acronyms = new AcronymLinker(OrganisationHeads.bundled());

    public EntityResolver(Gazetteer gazetteer, MissionCatalog missions) {
        this.tagger = new DomainTagger(gazetteer, missions);
    }

    public ResolvedArticle resolve(AnnotatedArticle annotated) {
        String text = annotated.article().text();
        List<List<TaggedSpan>> spans = surnamesAsPersons(annotated, acronyms.link(annotated.sentences(),
                annotated.sentences().stream().map(tagger::tag).toList(), text));
        List<String> personSurfaces = new ArrayList<>();
        for (int s = 0; s < spans.size(); s++) {
            for (TaggedSpan span : spans.get(s)) {
                if (span.type() == EntityType.PERSON) {
                    personSurfaces.add(surface(text, annotated.sentences().get(s), span));
                }
            }
        }
        List<String> personNames = persons.resolve(personSurfaces);
        int nextPerson = 0;
        List<List<EntityMention>> mentions = new ArrayList<>();
        Map<String, EntityBuilder> entities = new LinkedHashMap<>();
        for (int s = 0; s < spans.size(); s++) {
            Sentence sentence = annotated.sentences().get(s);
            List<EntityMention> inSentence = new ArrayList<>();
            for (TaggedSpan span : spans.get(s)) {
                String surface = surface(text, sentence, span);
                String canonical = switch (span.type()) {
                    case PERSON -> personNames.get(nextPerson++);
                    case DATE -> years.resolve(sentence, span.tokenStart(), surface, dayOf(span.value()),
                            annotated.article().date());
                    default -> span.canonical() != null ? span.canonical() : nameOf(span.type(), surface);
                };
                Token first = sentence.tokens().get(span.tokenStart());
                Token last = sentence.tokens().get(span.tokenEnd() - 1);
                inSentence.add(new EntityMention(s, span.tokenStart(), span.tokenEnd(), span.type(), span.tag(),
                        canonical, surface, first.start(), last.end()));
                if (span.type() != EntityType.DATE || CalendarDates.isCalendar(canonical)) {
                    entities.computeIfAbsent(span.type() + "\t" + canonical,
                            k -> new EntityBuilder(span.type(), canonical, span.wikidata())).add(surface);
                }
            }
            mentions.add(inSentence);
        }
        return new ResolvedArticle(annotated, entities.values().stream().map(EntityBuilder::build).toList(), mentions);
    }

    /**
     * Generic NER sometimes reads a surname alone as a company, place or even a season ("Hale succeeds ...",
     * "Winter said"). When the article names a person with that surname (one word or more: "Van Dorn"), the
     * span is that person.
     */
    private static List<List<TaggedSpan>> surnamesAsPersons(AnnotatedArticle annotated, List<List<TaggedSpan>> spans) {
        String text = annotated.article().text();
        Set<String> surnames = new HashSet<>();
        for (int s = 0; s < spans.size(); s++) {
            for (TaggedSpan span : spans.get(s)) {
                String name = surface(text, annotated.sentences().get(s), span);
                if (span.type() == EntityType.PERSON && name.contains(" ")) {
                    String[] words = name.split(" ");
                    for (int k = 1; k < words.length; k++) { // "Dorn", "Van Dorn" of "Ana Van Dorn"
                        surnames.add(String.join(" ", Arrays.copyOfRange(words, k, words.length)));
                    }
                }
            }
        }
        List<List<TaggedSpan>> result = new ArrayList<>();
        for (int s = 0; s < spans.size(); s++) {
            List<TaggedSpan> fixed = new ArrayList<>();
            for (TaggedSpan span : spans.get(s)) {
                boolean generic = span.canonical() == null && (span.type() == EntityType.ORGANIZATION
                        || span.type() == EntityType.PLACE || span.type() == EntityType.DATE);
                if (generic && surnames.contains(surface(text, annotated.sentences().get(s), span))) {
                    fixed.add(new TaggedSpan(span.tokenStart(), span.tokenEnd(), EntityType.PERSON, EntityType.PERSON.name(),
                            null, null, null));
                } else {
                    fixed.add(span);
                }
            }
            result.add(fixed);
        }
        return result;
    }

    private static String surface(String text, Sentence sentence, TaggedSpan span) {
        int start = sentence.tokens().get(span.tokenStart()).start();
        int end = sentence.tokens().get(span.tokenEnd() - 1).end();
        return text.substring(start, end).replaceAll("\\s+", " ");
    }

    /** The canonical name of a span the gazetteer does not know: its words, without a company's legal form. */
    static String nameOf(String text, Sentence sentence, TaggedSpan span) {
        return nameOf(span.type(), surface(text, sentence, span));
    }

    private static String nameOf(EntityType type, String surface) {
        return type == EntityType.ORGANIZATION ? withoutLegalForm(trimmed(surface)) : trimmed(surface);
    }

    /** "-Starbucks" (a dateline dash glued to the name) is "Starbucks". */
    private static String trimmed(String surface) {
        String t = surface.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.)\u201d\"]+$", "");
        return t.isEmpty() ? surface : t;
    }

    /** "2021-04-23T05:49" is, for a fact, the day 2021-04-23. */
    private static String dayOf(String timex) {
        int time = timex.indexOf('T');
        return time == 10 && timex.matches("(\\d{4}|XXXX)-\\d{2}-\\d{2}T.*") ? timex.substring(0, 10) : timex;
    }

    /** "Starbucks Corp" and "Starbucks" are one company: legal-form suffixes are not part of the name. */
    static String withoutLegalForm(String name) {
        String stripped = LEGAL_FORM.matcher(name).replaceFirst("");
        return stripped.isBlank() ? name : stripped;
    }

    /** A stable id from type and name: {@code org:roscosmos}, {@code person:dmitry-rogozin}. */
    public static String entityId(EntityType type, String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return type.idPrefix() + ":" + slug;
    }

    private static final class EntityBuilder {
        private final EntityType type;
        private final String name;
        private final String wikidata;
        private final Set<String> aliases = new LinkedHashSet<>();
        private int mentions;

        EntityBuilder(EntityType type, String name, String wikidata) {
            this.type = type;
            this.name = name;
            this.wikidata = wikidata;
        }

        void add(String surface) {
            mentions++;
            if (!surface.equals(name)) {
                aliases.add(surface);
            }
        }

        Entity build() {
            return new Entity(entityId(type, name), type, name, List.copyOf(aliases), wikidata, mentions);
        }
    }
}
