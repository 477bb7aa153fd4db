package org.newsfacts.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.config.IngestConfig;
import org.newsfacts.ingest.ArticleFileReader;
import org.newsfacts.ingest.Ingested;
import org.newsfacts.model.Article;
import org.newsfacts.model.EntityType;

class SyntheticArticleGeneratorTest {

    @Test
    void sameSeedGivesTheSameArticles() {
        SyntheticArticleGenerator a = new SyntheticArticleGenerator(11, 500, 40, 80);
        SyntheticArticleGenerator b = new SyntheticArticleGenerator(11, 500, 40, 80);
        SyntheticArticleGenerator other = new SyntheticArticleGenerator(12, 500, 40, 80);
        for (int i = 0; i < 5; i++) {
            SyntheticArticle first = a.next("x/" + i + ".txt");
            assertEquals(first, b.next("x/" + i + ".txt"));
            assertTrue(!first.article().text().equals(other.next("x/" + i + ".txt").article().text()));
        }
    }

    @Test
    void bodiesHaveTheRequestedLengthAndTheAnalysisNamesTheirPeople() {
        SyntheticArticleGenerator generator = new SyntheticArticleGenerator(3, 500, 40, 80);
        for (int i = 0; i < 50; i++) {
            SyntheticArticle generated = generator.next("x/" + i + ".txt");
            String text = generated.article().text();
            int words = text.split("\\s+").length;
            // sentences may add "<person> said" or "at the <agency>" beyond the drawn words
            assertTrue(words >= 40 && words <= 80 + 20 * 4, "words: " + words);
            assertTrue(generated.analysis().entities().stream().anyMatch(e -> e.type() == EntityType.PERSON));
            generated.analysis().facts().forEach(fact -> assertTrue(
                    text.startsWith(fact.evidence().sentence()), "evidence is the first sentence: " + fact));
        }
    }

    @Test
    void frequentRanksOccurMoreOftenThanRareOnes() {
        SyntheticArticleGenerator generator = new SyntheticArticleGenerator(5, 1_000, 200, 200);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            all.append(' ').append(generator.next("x/" + i + ".txt").article().text().toLowerCase(Locale.ROOT));
        }
        List<String> tokens = List.of(all.toString().split("[^\\p{L}]+"));
        long top = tokens.stream().filter(generator.word(0)::equals).count();
        long rare = tokens.stream().filter(generator.word(900)::equals).count();
        assertTrue(top > 10 * Math.max(1, rare), "rank 0: " + top + ", rank 900: " + rare);
    }

    @Test
    void textFileReadsBackToTheSameArticle(@TempDir Path dir) throws IOException {
        SyntheticArticle generated = new SyntheticArticleGenerator(9, 500, 40, 80).next("ignored.txt");
        Path file = dir.resolve("a.txt");
        Files.writeString(file, generated.asTextFile(), StandardCharsets.UTF_8);
        List<Ingested> read = new ArticleFileReader(IngestConfig.defaults()).read(file);
        Article back = assertInstanceOf(Ingested.Read.class, read.get(0)).article();
        assertEquals(generated.article().title(), back.title());
        assertEquals(generated.article().date(), back.date());
        assertEquals(generated.article().text(), back.text());
    }

    @Test
    void rejectsTooSmallAVocabulary() {
        assertThrows(IllegalArgumentException.class, () -> new SyntheticArticleGenerator(1, 10, 40, 80));
    }
}
