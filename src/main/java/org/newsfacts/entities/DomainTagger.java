package org.newsfacts.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Mention;
import org.newsfacts.model.ModelFile;
import org.newsfacts.model.Sentence;
import org.newsfacts.model.Timex;
import org.newsfacts.model.Token;

/**
 * Decides the entity spans of one sentence. Domain knowledge wins over generic NER: named flights and
 * gazetteer names ("Roskosmos", tagged PERSON by CoreNLP; "Baikonur Cosmodrome", not found at all)
 * replace any generic mention they overlap; the remaining generic mentions keep their coarse type.
 */
public final class DomainTagger {
    private static final Map<String, EntityType> GENERIC = Map.of(
            "PERSON", EntityType.PERSON,
            "ORGANIZATION", EntityType.ORGANIZATION,
            "LOCATION", EntityType.PLACE,
            "CITY", EntityType.PLACE,
            "COUNTRY", EntityType.PLACE,
            "STATE_OR_PROVINCE", EntityType.PLACE,
            "DATE", EntityType.DATE);
    private static final String MISSION = "MISSION";
    private static final SpacecraftPatterns BUNDLED_CRAFT = SpacecraftPatterns.bundled();
    private static final Set<String> PLACE_HEADS = ModelFile.read("/models/lexicons/place-heads.txt").lines().stream()
            .map(l -> l.text().strip()).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> FLIGHT_WORDS = Set.of("mission", "crew", "crews", "expedition",
            "flight", "launch", "team", "members", "crewmates");
    private static final Set<String> CRAFT_WORDS = Set.of("ship", "vehicle", "capsule", "spacecraft");
    private static final Set<String> QUOTES = Set.of("\"", "``", "''", "\u201c", "\u201d", "'", "\u2018", "\u2019");
    private static final Set<String> THINGS = Set.of("Telescope", "Palace", "Observatory", "Center",
            "Centre", "Station", "Airport", "University", "Institute", "Hall", "Square", "Street", "Prize", "Award",
            "Foundation", "Hospital", "Museum", "Library", "Park", "Bridge", "Building", "Tower", "Program", "Programme");
    /** Crew positions and astronaut nouns: the words before a crew member's name ("pilot", "cosmonauts"). */
    private static final Set<String> CREW_WORDS = Stream.of("/models/lexicons/crew-roles.txt",
                    "/models/lexicons/astronaut-nouns.txt")
            .flatMap(r -> ModelFile.read(r).lines().stream()).map(l -> l.text().strip().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers",
            "they", "them", "their", "i", "me", "my", "we", "us", "our", "you", "your", "it", "its");

    private final Gazetteer gazetteer;
    private final MissionCatalog missions;
    private final Honorifics honorifics = Honorifics.bundled();
    private final SpacecraftPatterns craft = BUNDLED_CRAFT;
    private final Set<String> placeHeads = PLACE_HEADS;
    private final OrganisationHeads organisationHeads = OrganisationHeads.bundled();
    private final OrganisationJoiner organisations = new OrganisationJoiner(organisationHeads);

    public DomainTagger(Gazetteer gazetteer, MissionCatalog missions) {
        this.gazetteer = gazetteer;
        this.missions = missions;
    }



    /** The entity spans of a sentence, in text order, never overlapping. */
    List<TaggedSpan> tag(Sentence sentence) {
        List<TaggedSpan> spans = new ArrayList<>(missionSpans(sentence));
        for (TaggedSpan span : familySpans(sentence)) {
            if (spans.stream().noneMatch(s -> s.overlaps(span.tokenStart(), span.tokenEnd()))) {
                spans.add(span);
            }
        }
        for (TaggedSpan span : gazetteerSpans(sentence)) {
            if (spans.stream().noneMatch(s -> s.overlaps(span.tokenStart(), span.tokenEnd()))
                    && !countryOpeningAnOrganisation(sentence, span)) {
                spans.add(span);
            }
        }
        for (Mention m : sentence.mentions()) {
            EntityType type = GENERIC.get(m.tag());
            if (type == null || spans.stream().anyMatch(s -> s.overlaps(m.tokenStart(), m.tokenEnd()))) {
                continue;
            }
            if (type != EntityType.DATE && NonEntities.bundled().contains(m.text())) {
                continue; // "the Lunar Accords", "Artemis": a document or a programme, not a body or a person
            }
            if (type == EntityType.PLACE && m.tokenEnd() < sentence.tokens().size()
                    && sentence.tokens().get(m.tokenEnd()).word().equals("time")) {
                continue; // "10 a.m. Moscow time" names a time zone, not a place the story is about
            }
            if (type == EntityType.PERSON && !looksLikeName(m.text())) {
                continue; // generic NER sometimes tags "He", "his" or "Konstantin Palace": not people's names
            }
            int crewMember = type == EntityType.ORGANIZATION || type == EntityType.PLACE ? crewMemberName(sentence, m) : -1;
            if (crewMember >= 0) {
                spans.add(new TaggedSpan(crewMember, m.tokenEnd(), EntityType.PERSON, EntityType.PERSON.name(), null, null, null));
                continue;
            }
            String value = type == EntityType.DATE ? timexValue(sentence, m) : null;
            if (type == EntityType.DATE && value == null) {
                continue;
            }
            int start = type == EntityType.PERSON ? honorifics.nameStart(sentence.tokens(), m.tokenStart(), m.tokenEnd())
                    : m.tokenStart();
            spans.add(new TaggedSpan(start, m.tokenEnd(), type, type.name(), null, null, value));
        }
        spans.addAll(untaggedCrewMembers(sentence, spans));
        spans.sort(Comparator.comparingInt(TaggedSpan::tokenStart));
        return joinNicknames(sentence, organisations.join(sentence, withPlaceHeads(sentence, spans)));
    }

    /**
     * "U.S. Military Academy": generic NER read an organisation whose name opens with a known country; the
     * organisation's name wins over the country inside it.
     */
    private static boolean countryOpeningAnOrganisation(Sentence sentence, TaggedSpan span) {
        return span.type() == EntityType.PLACE && sentence.mentions().stream().anyMatch(m -> m.tag().equals("ORGANIZATION")
                && m.tokenStart() == span.tokenStart() && m.tokenEnd() > span.tokenEnd());
    }

    /** "Eastmoor Crater": generic NER tags the place's first word; the head noun after it belongs to the name. */
    private List<TaggedSpan> withPlaceHeads(Sentence sentence, List<TaggedSpan> spans) {
        List<TaggedSpan> out = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            TaggedSpan span = spans.get(k);
            int end = span.tokenEnd();
            boolean free = k + 1 == spans.size() || spans.get(k + 1).tokenStart() > end;
            if (span.type() == EntityType.PLACE && span.canonical() == null && free && end < sentence.tokens().size()
                    && placeHeads.contains(sentence.tokens().get(end).word())) {
                out.add(new TaggedSpan(span.tokenStart(), end + 1, span.type(), span.tag(), null, null, null));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    /** Thomas "Tom" Ashby: generic NER splits a name at the quoted nickname; it is one person. */
    private static List<TaggedSpan> joinNicknames(Sentence sentence, List<TaggedSpan> spans) {
        List<TaggedSpan> joined = new ArrayList<>();
        for (TaggedSpan span : spans) {
            TaggedSpan previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (previous != null && previous.type() == EntityType.PERSON && span.type() == EntityType.PERSON
                    && span.tokenStart() - previous.tokenEnd() == 3
                    && QUOTES.contains(sentence.tokens().get(previous.tokenEnd()).word())
                    && QUOTES.contains(sentence.tokens().get(previous.tokenEnd() + 2).word())) {
                joined.set(joined.size() - 1, new TaggedSpan(previous.tokenStart(), span.tokenEnd(), EntityType.PERSON,
                        previous.tag(), null, null, null));
            } else if (span.type() == EntityType.PERSON && nicknameBefore(sentence, span.tokenStart())
                    && (previous == null || previous.tokenEnd() <= span.tokenStart() - 4)) {
                // generic NER often tags only the surname after a nickname: Thomas "Tom" [Ashby]
                joined.add(new TaggedSpan(span.tokenStart() - 4, span.tokenEnd(), EntityType.PERSON, span.tag(), null, null, null));
            } else {
                joined.add(span);
            }
        }
        return joined;
    }

    private List<TaggedSpan> missionSpans(Sentence sentence) {
        List<TaggedSpan> spans = new ArrayList<>();
        for (MissionPattern pattern : missions.patterns()) {
            Matcher m = pattern.pattern().matcher(sentence.text());
            while (m.find()) {
                int[] tokens = tokenSpan(sentence, sentence.start() + m.start(), sentence.start() + m.end());
                if (tokens != null && spans.stream().noneMatch(s -> s.overlaps(tokens[0], tokens[1]))) {
                    String canonical = pattern.canonical(m);
                    EntityType type = namesTheCraft(sentence, pattern, canonical, tokens[1])
                            ? EntityType.SPACECRAFT : EntityType.MISSION;
                    spans.add(new TaggedSpan(tokens[0], tokens[1], type, MISSION, canonical, null, null));
                }
            }
        }
        return spans;
    }

    /** Rockets and craft written as a family member ("Long March-2F"), named as the gazetteer names the family. */
    private List<TaggedSpan> familySpans(Sentence sentence) {
        List<TaggedSpan> spans = new ArrayList<>();
        for (SpacecraftPatterns.Family family : craft.families()) {
            Matcher m = family.pattern().matcher(sentence.text());
            while (m.find()) {
                int[] tokens = tokenSpan(sentence, sentence.start() + m.start(), sentence.start() + m.end());
                if (tokens != null && spans.stream().noneMatch(s -> s.overlaps(tokens[0], tokens[1]))) {
                    String name = family.canonical(m);
                    GazetteerEntry known = gazetteer.exact(name).orElse(null);
                    spans.add(known != null
                            ? new TaggedSpan(tokens[0], tokens[1], known.type(), known.type().name(), known.canonical(),
                                    known.wikidata(), null)
                            : new TaggedSpan(tokens[0], tokens[1], EntityType.SPACECRAFT, EntityType.SPACECRAFT.name(), name,
                                    null, null));
                }
            }
        }
        return spans;
    }

    /**
     * "Soyuz MS-30" names both a flight and the one capsule that flies it. It is the spacecraft ("aboard Soyuz
     * MS-30", "the Soyuz MS-30 crew ship") unless a flight word follows ("the Soyuz MS-30 mission", "... crew").
     * Names that do not begin with their vehicle's name (Crew-9, STS-135, Artemis II) are always missions. The
     * tag stays MISSION either way, so the fact rules read the flight's name the same.
     */
    private static boolean namesTheCraft(Sentence sentence, MissionPattern pattern, String canonical, int end) {
        if (pattern.vehicle() == null || !canonical.startsWith(pattern.vehicle())) {
            return false;
        }
        List<Token> tokens = sentence.tokens();
        String next = end < tokens.size() ? tokens.get(end).word().toLowerCase(Locale.ROOT) : "";
        String after = end + 1 < tokens.size() ? tokens.get(end + 1).word().toLowerCase(Locale.ROOT) : "";
        return !FLIGHT_WORDS.contains(next) || CRAFT_WORDS.contains(after);
    }

    private List<TaggedSpan> gazetteerSpans(Sentence sentence) {
        List<TaggedSpan> spans = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        String text = sentence.text();
        int i = 0;
        while (i < tokens.size()) {
            int offset = tokens.get(i).start() - sentence.start();
            int matchedEnd = -1;
            GazetteerEntry matched = null;
            for (String surface : gazetteer.surfacesStartingWith(text.charAt(offset))) {
                if (text.startsWith(surface, offset)) {
                    int end = endToken(tokens, i, tokens.get(i).start() + surface.length());
                    if (end > 0) {
                        matchedEnd = end;
                        matched = gazetteer.exact(surface).orElseThrow();
                        break;
                    }
                }
            }
            if (matched != null) {
                spans.add(new TaggedSpan(i, matchedEnd, matched.type(), matched.type().name(),
                        matched.canonical(), matched.wikidata(), null));
                i = matchedEnd;
            } else {
                i++;
            }
        }
        return spans;
    }

    /** Exclusive end token index when {@code charEnd} falls exactly on the end of a token, else -1. */
    private static int endToken(List<Token> tokens, int from, int charEnd) {
        for (int j = from; j < tokens.size() && tokens.get(j).start() < charEnd; j++) {
            if (tokens.get(j).end() == charEnd) {
                return j + 1;
            }
        }
        return -1;
    }

    private static int[] tokenSpan(Sentence sentence, int charStart, int charEnd) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == charStart) {
                int end = endToken(tokens, i, charEnd);
                return end > 0 ? new int[] {i, end} : null;
            }
        }
        return null;
    }

    /**
     * "pilot Ilka Varro", "Astronaut Ilka Varro": generic NER reads a name it has rarely seen as an organisation
     * or a place, with or without the crew word before it. Two or three capitalised proper nouns right after a
     * crew position or an astronaut noun name a person, unless the last is an organisation's head noun
     * ("engineer Acme Aerospace Agency" is no one). Returns the name's first token, or -1.
     */
    private int crewMemberName(Sentence sentence, Mention m) {
        List<Token> tokens = sentence.tokens();
        int start = m.tokenStart();
        if (crewWord(tokens.get(start))) {
            start++;
        } else if (start == 0 || !crewWord(tokens.get(start - 1))) {
            return -1;
        }
        return nameRun(tokens, start, m.tokenEnd()) ? start : -1;
    }

    /** Tokens [from, to) read as a crew member's name: two or three capitalised proper nouns, no organisation's head last. */
    private boolean nameRun(List<Token> tokens, int from, int to) {
        if (to - from < 2 || to - from > 3 || organisationHeads.contains(tokens.get(to - 1).word())) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!capitalised(tokens.get(k).word()) || !"NNP".equals(tokens.get(k).pos())) {
                return false;
            }
        }
        return true;
    }

    /** The same reading where generic NER tagged nothing at all: "Pilot Ilka Varro and mission specialists ...". */
    private List<TaggedSpan> untaggedCrewMembers(Sentence sentence, List<TaggedSpan> spans) {
        List<Token> tokens = sentence.tokens();
        List<TaggedSpan> found = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!crewWord(tokens.get(i))) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && "O".equals(tokens.get(end).ner()) && "NNP".equals(tokens.get(end).pos())
                    && capitalised(tokens.get(end).word())) {
                end++;
            }
            int from = i + 1;
            int to = end;
            if (nameRun(tokens, from, to) && !THINGS.contains(tokens.get(to - 1).word())
                    && spans.stream().noneMatch(s -> s.overlaps(from, to))) {
                found.add(new TaggedSpan(from, to, EntityType.PERSON, EntityType.PERSON.name(), null, null, null));
            }
        }
        return found;
    }

    private static boolean crewWord(Token token) {
        return CREW_WORDS.contains(token.word().toLowerCase(Locale.ROOT))
                || token.lemma() != null && CREW_WORDS.contains(token.lemma().toLowerCase(Locale.ROOT));
    }

    /** First name, opening quote, capitalised nickname, closing quote right before token {@code start}. */
    private static boolean nicknameBefore(Sentence sentence, int start) {
        if (start < 4) {
            return false;
        }
        List<Token> t = sentence.tokens();
        return capitalised(t.get(start - 4).word()) && QUOTES.contains(t.get(start - 3).word())
                && capitalised(t.get(start - 2).word()) && QUOTES.contains(t.get(start - 1).word());
    }

    private static boolean capitalised(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && word.chars().skip(1).allMatch(Character::isLowerCase);
    }

    /** A name has a capitalised word, is not a pronoun, and does not end in a noun for a thing ("Palace"). */
    private static boolean looksLikeName(String text) {
        String last = text.substring(text.lastIndexOf(' ') + 1);
        return !PRONOUNS.contains(text.toLowerCase(Locale.ROOT)) && text.chars().anyMatch(Character::isUpperCase)
                && !THINGS.contains(last);
    }

    private static String timexValue(Sentence sentence, Mention m) {
        for (Timex t : sentence.timexes()) {
            if (t.tokenStart() == m.tokenStart()) {
                return t.value();
            }
        }
        return null;
    }
}
