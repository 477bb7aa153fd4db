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
import org.newsfacts.model.ResolvedArticle;
import org.newsfacts.model.Sentence;
import org.newsfacts.model.Token;

/** Entity resolution on sentences tagged by hand the way generic NER tags them, mistakes included. */
class EntityResolverTest {
    private static final EntityResolver RESOLVER = new EntityResolver(Gazetteer.bundled(), MissionCatalog.bundled());

    /** Tokens split on spaces; {@code tags} gives the generic NER tag per token ("O" for none). */
    private static Sentence sentence(int index, int offset, String text, String... tags) {
        List<Token> tokens = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
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
                mentions.add(new Mention(i, end, tags[i], text.substring(tokens.get(i).start() - offset,
                        tokens.get(end - 1).end() - offset), tokens.get(i).start(), tokens.get(end - 1).end()));
            }
        }
        return new Sentence(index, offset, offset + text.length(), text, tokens, mentions, List.of());
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
    void quotedNicknameJoinsTheNameAroundIt() {
        ResolvedArticle article = resolve("Barry \u201c Bo \u201d Keller flew", "PERSON O O O PERSON O");
        assertEquals(List.of("Barry \u201c Bo \u201d Keller"), article.entities().stream().map(e -> e.name()).toList());
    }

    @Test
    void nicknameBeforeALoneTaggedSurnameJoinsTheName() {
        ResolvedArticle article = resolve("Barry \u201c Bo \u201d Keller flew", "O O O O PERSON O");
        assertEquals(List.of("Barry \u201c Bo \u201d Keller"), article.entities().stream().map(e -> e.name()).toList());
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
}
