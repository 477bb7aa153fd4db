package org.newsfacts.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.ingest.Articles;
import org.newsfacts.model.AnnotatedArticle;
import org.newsfacts.model.Article;
import org.newsfacts.model.EntityMention;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Mention;
import org.newsfacts.model.ModelFile;
import org.newsfacts.model.ResolvedArticle;
import org.newsfacts.model.Sentence;
import org.newsfacts.model.Timex;
import org.newsfacts.model.Token;

/** Entity resolution on sentences tagged by hand the way generic NER tags them, mistakes included. */
class EntityResolverTest {
    private static final EntityResolver RESOLVER = new EntityResolver(Gazetteer.bundled(), MissionCatalog.bundled());

    /** Tokens split on spaces; {@code tags} gives the generic NER tag per token ("O" for none). */
    private static Sentence sentence(int index, int offset, String text, String... tags) {
        List<Token> tokens = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Timex> timexes = new ArrayList<>();
        String[] values = new String[tags.length];
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].startsWith("DATE=")) { // DATE=value: a date token and its normalized TIMEX value
                values[i] = tags[i].substring(5);
                tags[i] = "DATE";
            }
        }
        int at = 0;
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(words[i], words[i].toLowerCase(), "NNP", tags[i], offset + at, offset + at + words[i].length()));
            at += words[i].length() + 1;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!tags[i].equals("O") && (i == 0 || !tags[i - 1].equals(tags[i]))) {
                int end = i;
                while (end < tokens.size() && tags[end].equals(tags[i])) {
                    end++;
                }
                String surface = text.substring(tokens.get(i).start() - offset, tokens.get(end - 1).end() - offset);
                mentions.add(new Mention(i, end, tags[i], surface, tokens.get(i).start(), tokens.get(end - 1).end()));
                if (values[i] != null) {
                    timexes.add(new Timex(i, end, surface, values[i], "DATE"));
                }
            }
        }
        return new Sentence(index, offset, offset + text.length(), text, tokens, mentions, timexes);
    }

    private static ResolvedArticle resolve(String... sentencesAndTags) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < sentencesAndTags.length; i += 2) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int offset = text.length();
            text.append(sentencesAndTags[i]);
            sentences.add(sentence(sentences.size(), offset, sentencesAndTags[i], sentencesAndTags[i + 1].split(" ")));
        }
        Article article = Articles.create("t.txt", "t", null, null, text.toString());
        return RESOLVER.resolve(new AnnotatedArticle(article, "en", sentences));
    }

    private static EntityMention mention(ResolvedArticle article, String surface) {
        return article.mentions().stream().flatMap(List::stream).filter(m -> m.text().equals(surface)).findFirst().orElseThrow();
    }

    @Test
    void gazetteerOverridesGenericTagsAndFindsWhatNerMissed() {
        ResolvedArticle article = resolve(
                "Roskosmos will launch from Baikonur Cosmodrome and Kennedy Space Center",
                "PERSON O O O O O O ORGANIZATION ORGANIZATION ORGANIZATION");
        EntityMention agency = mention(article, "Roskosmos");
        assertEquals(EntityType.AGENCY, agency.type());
        assertEquals("Roscosmos", agency.canonical());
        assertEquals(EntityType.PLACE, mention(article, "Baikonur Cosmodrome").type());
        assertEquals(EntityType.PLACE, mention(article, "Kennedy Space Center").type());
    }

    @Test
    void namedFlightsGetTheirCanonicalMissionName() {
        ResolvedArticle article = resolve("The SpaceX Crew-9 and Soyuz MS-26 crews", "O O O O O O O");
        assertEquals("Crew-9", mention(article, "SpaceX Crew-9").canonical());
        assertEquals("MISSION", mention(article, "Soyuz MS-26").tag());
        assertEquals("Soyuz MS-26", mention(article, "Soyuz MS-26").canonical());
    }

    @Test
    void surnameResolvesToTheFullNameUsedEarlierAndSpellingsBecomeAliases() {
        ResolvedArticle article = resolve(
                "Mara Quist met Roscosmos", "PERSON PERSON O ORGANIZATION",
                "Quist thanked Roskomos", "PERSON O PERSON");
        assertEquals("Mara Quist", mention(article, "Quist").canonical());
        var roscosmos = article.entities().stream().filter(e -> e.name().equals("Roscosmos")).findFirst().orElseThrow();
        assertEquals(List.of("Roskomos"), roscosmos.aliases());
        assertEquals(2, roscosmos.mentions());
        assertTrue(article.entities().stream().noneMatch(e -> e.name().equals("Quist")));
    }

    @Test
    void twoPeopleSharingASurnameStayApartByPosition() {
        ResolvedArticle article = resolve(
                "Ann Kell spoke", "PERSON PERSON O",
                "Kell left", "PERSON O",
                "Bo Kell arrived", "PERSON PERSON O",
                "Kell waved", "PERSON O");
        List<String> kells = article.mentions().stream().flatMap(List::stream)
                .filter(m -> m.text().equals("Kell")).map(EntityMention::canonical).toList();
        assertEquals(List.of("Ann Kell", "Bo Kell"), kells);
    }

    @Test
    void pronounsTaggedAsPersonsAreNotEntities() {
        ResolvedArticle article = resolve("He met Ann Kell", "PERSON O PERSON PERSON");
        assertEquals(List.of("Ann Kell"), article.entities().stream().map(e -> e.name()).toList());
    }

    @Test
    void userQueriesFindEverySpellingOfAKnownName() {
        GazetteerQueryExpander expander = new GazetteerQueryExpander(Gazetteer.bundled());
        assertEquals("(Roskosmos OR \"Roscosmos\") AND budget", expander.expand("Roskosmos AND budget"));
        assertEquals("\"Roskosmos budget\" title:Roskosmos", expander.expand("\"Roskosmos budget\" title:Roskosmos"));
        assertEquals("Roscosmos", Gazetteer.bundled().lookup("roskosmos").orElseThrow().canonical());
    }

    @Test
    void quotedNicknameJoinsTheNameAroundItAndStaysOutOfTheCanonicalName() {
        ResolvedArticle article = resolve("Barry \u201c Bo \u201d Keller flew", "PERSON O O O PERSON O",
                "Bo waved", "PERSON O");
        assertEquals(List.of("Barry Keller"), article.entities().stream().map(e -> e.name()).toList());
        assertEquals(List.of("Barry \u201c Bo \u201d Keller", "Bo"), article.entities().get(0).aliases());
    }

    @Test
    void nicknameBeforeALoneTaggedSurnameJoinsTheName() {
        ResolvedArticle article = resolve("Barry \u201c Bo \u201d Keller flew", "O O O O PERSON O");
        assertEquals(List.of("Barry Keller"), article.entities().stream().map(e -> e.name()).toList());
    }

    @Test
    void oneLetterSpellingVariantOfASurnameIsTheSamePerson() {
        ResolvedArticle article = resolve(
                "Ravi Subramanyam spoke", "PERSON PERSON O",
                "Subramanyan left", "PERSON O");
        assertEquals("Ravi Subramanyam", mention(article, "Subramanyan").canonical());
    }

    @Test
    void legalFormIsNotPartOfACompanyName() {
        ResolvedArticle article = resolve("Orbital Freight Corp said", "ORGANIZATION ORGANIZATION ORGANIZATION O");
        assertEquals("Orbital Freight", mention(article, "Orbital Freight Corp").canonical());
    }

    private static List<String> names(ResolvedArticle article, EntityType type) {
        return article.entities().stream().filter(e -> e.type() == type).map(e -> e.name()).toList();
    }

    // Issue 15, PERSON row: honorifics and ranks come off the name, through a lexicon in models/.
    @Test
    void honorificsAndRanksAreNotPartOfAPersonsName() {
        ResolvedArticle article = resolve(
                "Tan Sri Olga Varga met Col. Ivan Brook", "PERSON PERSON PERSON PERSON O PERSON PERSON PERSON",
                "Tan Sri Anton Mels and Datuk Seri Lena Roos spoke", "O PERSON PERSON PERSON O PERSON PERSON PERSON PERSON O");
        assertEquals(List.of("Olga Varga", "Ivan Brook", "Anton Mels", "Lena Roos"), names(article, EntityType.PERSON));
    }

    @Test
    void honorificLexiconRejectsDuplicates() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Honorifics.parse(ModelFile.of("h.txt", "Dr.\nTan Sri\nDr\n")));
        assertEquals("h.txt:3: duplicate entry 'Dr'", e.getMessage());
    }

    // Issue 15, PERSON row: a family-name-first name later written by its first word is the same person.
    @Test
    void familyNameFirstNameWrittenLaterByItsFirstWordIsThatPerson() {
        ResolvedArticle article = resolve(
                "Zhou Meilan will command the crew", "PERSON PERSON O O O O",
                "Zhou said the crew was ready", "PERSON O O O O O");
        assertEquals(List.of("Zhou Meilan"), names(article, EntityType.PERSON));
        assertEquals("Zhou Meilan", mention(article, "Zhou").canonical());
    }

    // Issue 15, PERSON row: a first-name-only mention joins the one full name it fits, and only that.
    @Test
    void firstNameOnlyMentionJoinsTheOneFullNameItFits() {
        ResolvedArticle one = resolve("Olga Varga thanked the team", "PERSON PERSON O O O",
                "Olga said it was a good day", "PERSON O O O O O O");
        assertEquals(List.of("Olga Varga"), names(one, EntityType.PERSON));
        ResolvedArticle two = resolve("Olga Varga and Olga Brook spoke", "PERSON PERSON O PERSON PERSON O",
                "Olga said it was a good day", "PERSON O O O O O O");
        assertEquals(List.of("Olga Varga", "Olga Brook", "Olga"), names(two, EntityType.PERSON));
    }

    // Issue 9 item 6: suffixes and initials.
    @Test
    void suffixDoesNotHideTheSurnameAndAnInitialStandsForTheFirstName() {
        ResolvedArticle article = resolve(
                "Ivan Brook Jr. and K. Patel spoke", "PERSON PERSON PERSON O PERSON PERSON O",
                "Brook thanked Kavya Patel", "PERSON O PERSON PERSON");
        assertEquals("Ivan Brook Jr.", mention(article, "Brook").canonical());
        assertEquals("Kavya Patel", mention(article, "K. Patel").canonical());
    }

    // Issue 15, PERSON row: a station module that generic NER calls a person is a spacecraft.
    @Test
    void stationModuleTaggedAsPersonIsASpacecraft() {
        ResolvedArticle article = resolve("The crew moved to Zvezda and the Harmony module", "O O O O PERSON O O PERSON O");
        assertEquals(List.of("Zvezda", "Harmony module"), names(article, EntityType.SPACECRAFT));
        assertTrue(names(article, EntityType.PERSON).isEmpty());
    }

    // Issue 15, ORG row: spelling variants and a leading "the" find the gazetteer entry.
    @Test
    void britishAndAmericanSpellingsAndTheFindTheSameKnownBody() {
        ResolvedArticle article = resolve("Goddard Space Flight Centre and the European Organization for the Exploitation "
                + "of Meteorological Satellites and the Exploration Company", "O O O O O O O O O O O O O O O O O O O");
        assertEquals(List.of("Goddard Space Flight Center"), names(article, EntityType.PLACE));
        assertEquals(List.of("EUMETSAT"), names(article, EntityType.AGENCY));
        assertEquals(List.of("The Exploration Company"), names(article, EntityType.ORGANIZATION));
        Gazetteer gazetteer = Gazetteer.bundled();
        assertEquals("Goddard Space Flight Center", gazetteer.lookup("the goddard space flight centre").orElseThrow().canonical());
    }

    // Issue 15, ORG row: "Full Name (ACRONYM)" makes the acronym an alias for the article.
    @Test
    void acronymInBracketsAfterAFullNameIsAnAliasOfIt() {
        ResolvedArticle article = resolve(
                "The Orbital Debris Board ( ODB ) met", "O ORGANIZATION ORGANIZATION ORGANIZATION O ORGANIZATION O O",
                "ODB said it would report", "ORGANIZATION O O O O");
        assertEquals(List.of("Orbital Debris Board"), names(article, EntityType.ORGANIZATION));
        assertEquals(List.of("ODB"), article.entities().get(0).aliases());
        ResolvedArticle untagged = resolve("The Lunar Dust Institute ( LDI ) met", "O O O O O O O O",
                "LDI said", "ORGANIZATION O");
        assertEquals(List.of("Lunar Dust Institute"), names(untagged, EntityType.ORGANIZATION));
    }

    // Issue 15, ORG row: an organisation outside the gazetteer stays whole across "of".
    @Test
    void unknownOrganisationIsNotSplitAtOf() {
        ResolvedArticle article = resolve("The Ministry of Science and Innovation and the Bank of Eastmoor agreed",
                "O ORGANIZATION O ORGANIZATION O ORGANIZATION O O O O LOCATION O");
        assertEquals(List.of("Ministry of Science and Innovation", "Bank of Eastmoor"), names(article, EntityType.ORGANIZATION));
        assertTrue(names(article, EntityType.PLACE).isEmpty());
    }

    // Issue 15, CRAFT row: rocket families with their written variants.
    @Test
    void rocketFamiliesAreFoundInTheirWrittenVariants() {
        ResolvedArticle article = resolve("A Long March-2F and a Long March 7 and a GSLV Mk III and an Ariane 5 ECA flew",
                "O O O O O O O O O O O O O O O O O O O");
        assertEquals(List.of("Long March", "LVM3", "Ariane 5"), names(article, EntityType.SPACECRAFT));
        assertEquals(List.of("Long March-2F", "Long March 7"),
                article.entities().stream().filter(e -> e.name().equals("Long March")).findFirst().orElseThrow().aliases());
    }

    // Issue 15, CRAFT row: named flights are MISSION entities, not spacecraft.
    @Test
    void namedFlightsAreMissionEntities() {
        ResolvedArticle article = resolve("Crew-11 and Artemis II and STS-135 flew", "O O O O O O O");
        assertEquals(List.of("Crew-11", "Artemis II", "STS-135"), names(article, EntityType.MISSION));
        assertTrue(names(article, EntityType.SPACECRAFT).isEmpty());
    }

    // Issue 9: a station expedition is the named flight of a crew that flies to the station for it.
    @Test
    void expeditionsAreMissionEntities() {
        ResolvedArticle article = resolve("She will fly on Expedition 68/69 after Expedition 67", "O O O O O O O O O");
        assertEquals(List.of("Expedition 68/69", "Expedition 67"), names(article, EntityType.MISSION));
    }

    // Issue 15, DATE row: only calendar values become DATE entities.
    @Test
    void onlyCalendarValuesBecomeDateEntities() {
        ResolvedArticle article = resolve("now , 2031 , May , decade , 1120 , Friday , autumn , week",
                "DATE=PRESENT_REF O DATE=2031 O DATE=2031-05 O DATE=P10Y O DATE=1120 O DATE=XXXX-WXX-5 O DATE=2031-FA O "
                        + "DATE=2031-05_INTERSECT_P1W");
        assertEquals(List.of("2031", "2031-05", "XXXX-WXX-5", "2031-FA"), names(article, EntityType.DATE));
        assertTrue(CalendarDates.isCalendar("2031-05-04"));
        assertTrue(!CalendarDates.isCalendar("THIS P1Y") && !CalendarDates.isCalendar("PAST_REF"));
    }

    // Issue 15, CRAFT row: "Soyuz MS-30" is the capsule unless a flight word follows; the tag stays MISSION.
    @Test
    void soyuzFlightNameIsTheCapsuleUnlessAFlightWordFollows() {
        ResolvedArticle article = resolve("They flew on Soyuz MS-30 and joined the Soyuz MS-31 crew", "O O O O O O O O O O O");
        assertEquals(List.of("Soyuz MS-30"), names(article, EntityType.SPACECRAFT));
        assertEquals(List.of("Soyuz MS-31"), names(article, EntityType.MISSION));
        assertEquals("MISSION", mention(article, "Soyuz MS-30").tag());
    }

    // Issue 15, ORG row: a bare initialism of an organisation the article names is that organisation.
    @Test
    void initialismOfAnOrganisationNamedInTheArticleIsThatOrganisation() {
        ResolvedArticle article = resolve("The Eastmoor Orbital Authority met", "O ORGANIZATION ORGANIZATION ORGANIZATION O",
                "EOA said it would report", "ORGANIZATION O O O O");
        assertEquals(List.of("Eastmoor Orbital Authority"), names(article, EntityType.ORGANIZATION));
    }

    // Issue 15, ORG/PERSON rows: a surname of several words, or one NER took for a season, is the person.
    @Test
    void surnameOfSeveralWordsOrReadAsADateIsThePerson() {
        ResolvedArticle article = resolve("Anna Vande Berg and Ivan Winters spoke", "PERSON PERSON PERSON O PERSON PERSON O",
                "Vande Berg and Winters left", "ORGANIZATION ORGANIZATION O DATE=2031-WI O");
        assertEquals(List.of("Anna Vande Berg", "Ivan Winters"), names(article, EntityType.PERSON));
        assertTrue(names(article, EntityType.ORGANIZATION).isEmpty() && names(article, EntityType.DATE).isEmpty());
    }

    // Issue 15, ORG row: documents and programmes generic NER calls organisations are not entities.
    @Test
    void documentsAndProgrammesAreNotOrganisations() {
        ResolvedArticle article = resolve("Eastmoor signed the Lunar Accords for Artemis", "LOCATION O O ORGANIZATION ORGANIZATION O ORGANIZATION");
        assertTrue(names(article, EntityType.ORGANIZATION).isEmpty());
    }

    // Issue 15, ORG row: a country right before an unknown body is part of its name.
    @Test
    void countryBeforeAnUnknownBodyIsPartOfItsName() {
        ResolvedArticle article = resolve("She studied at the U.S. Naval Postgraduate College", "O O O O LOCATION ORGANIZATION ORGANIZATION ORGANIZATION");
        assertEquals(List.of("U.S. Naval Postgraduate College"), names(article, EntityType.ORGANIZATION));
        assertTrue(names(article, EntityType.PLACE).isEmpty());
    }

    // Issue 15, PLACE: a natural place's head noun belongs to its name.
    @Test
    void placeHeadNounBelongsToThePlaceName() {
        ResolvedArticle article = resolve("The rover left for Eastmoor Crater", "O O O O LOCATION O");
        assertEquals(List.of("Eastmoor Crater"), names(article, EntityType.PLACE));
    }

    @Test
    void campusAfterAtBelongsToAnUnknownUniversityAndTimeZonesAreNoPlaces() {
        ResolvedArticle article = resolve("She studied at the University of Northfield at Eastmoor until 10 Lisbon time",
                "O O O O ORGANIZATION O LOCATION O LOCATION O O LOCATION O");
        assertEquals(List.of("University of Northfield at Eastmoor"), names(article, EntityType.ORGANIZATION));
        assertTrue(names(article, EntityType.PLACE).isEmpty());
    }

    @Test
    void organisationWhoseNameOpensWithAKnownCountryKeepsItsName() {
        ResolvedArticle article = resolve("She studied at the U.S. Naval Staff College", "O O O O ORGANIZATION ORGANIZATION ORGANIZATION ORGANIZATION");
        assertEquals(List.of("U.S. Naval Staff College"), names(article, EntityType.ORGANIZATION));
        assertTrue(names(article, EntityType.PLACE).isEmpty());
    }
}
