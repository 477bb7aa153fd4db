package org.newsfacts.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.newsfacts.ingest.Articles;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.Article;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.Entity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Evidence;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * Deterministic, news-shaped synthetic articles: made-up words drawn with a Zipf distribution (so a few
 * words are in most articles and most words in few), sentences and paragraphs, made-up people and
 * agencies, and the entities and facts an analysis would list. Same seed, same articles. Not thread-safe.
 */
public final class SyntheticArticleGenerator {
    private static final String[] ONSETS = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
        "br", "dr", "kr", "pl", "st", "tr", "sh", "ch", "gr", "fl"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou", "ea", "io"};
    private static final String[] CODAS = {"", "", "", "n", "r", "s", "l", "m", "k", "t", "nd", "st"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final int DAYS = 11 * 365;

    private final Random random;
    private final String[] vocabulary;
    private final double[] cumulative;
    private final String[] givenNames;
    private final String[] familyNames;
    private final String[] agencies;
    private final int minWords;
    private final int maxWords;

    /**
     * @param vocabularySize distinct words (the most frequent first)
     * @param minWords       shortest article body, in words
     * @param maxWords       longest article body, in words (lengths are uniform in between)
     */
    public SyntheticArticleGenerator(long seed, int vocabularySize, int minWords, int maxWords) {
        if (vocabularySize < 100 || minWords < 10 || maxWords < minWords) {
            throw new IllegalArgumentException("vocabulary of at least 100 words and 10 <= minWords <= maxWords, got "
                    + vocabularySize + ", " + minWords + ", " + maxWords);
        }
        this.random = new Random(seed);
        this.vocabulary = words(new Random(seed ^ 0x5eedL), vocabularySize, 1, 3);
        this.cumulative = zipf(vocabularySize);
        this.givenNames = capitalized(words(new Random(seed ^ 0x6111L), 400, 2, 2));
        this.familyNames = capitalized(words(new Random(seed ^ 0xfa11L), 600, 2, 3));
        this.agencies = capitalized(words(new Random(seed ^ 0xa9e1L), 40, 2, 2));
        this.minWords = minWords;
        this.maxWords = maxWords;
    }

    /** The word of the given frequency rank (0 is the most frequent). */
    public String word(int rank) {
        return vocabulary[rank];
    }

    /** How many distinct words the articles draw from. */
    public int vocabularySize() {
        return vocabulary.length;
    }

    /** The next article, read from {@code path}. */
    public SyntheticArticle next(String path) {
        List<String> people = new ArrayList<>();
        for (int i = 0, n = 2 + random.nextInt(4); i < n; i++) {
            people.add(pick(givenNames) + " " + pick(familyNames));
        }
        String agency = pick(agencies) + " Space Agency";
        String date = random.nextInt(10) < 8 ? FIRST_DAY.plusDays(random.nextInt(DAYS)).toString() : null;
        String text = body(people, agency);
        String title = capitalize(sentenceWords(4 + random.nextInt(6))) + " " + people.get(0);
        Article article = Articles.create(path, title, date, null, text);
        return new SyntheticArticle(article, analysis(article, people, agency));
    }

    private String body(List<String> people, String agency) {
        int words = minWords + random.nextInt(maxWords - minWords + 1);
        StringBuilder text = new StringBuilder(words * 7);
        int written = 0;
        int sentencesInParagraph = 0;
        while (written < words) {
            int length = Math.min(6 + random.nextInt(22), Math.max(3, words - written));
            String sentence = capitalize(sentenceWords(length));
            int roll = random.nextInt(10);
            if (roll < 3) {
                sentence += ", " + people.get(random.nextInt(people.size())) + " said";
            } else if (roll < 5) {
                sentence += " at the " + agency;
            }
            if (sentencesInParagraph == 4 + random.nextInt(3)) {
                text.append("\n\n");
                sentencesInParagraph = 0;
            } else if (written > 0) {
                text.append(' ');
            }
            text.append(sentence).append('.');
            written += length;
            sentencesInParagraph++;
        }
        return text.toString();
    }

    private String sentenceWords(int length) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                words.append(' ');
            }
            words.append(vocabulary[zipfRank()]);
        }
        return words.toString();
    }

    private Analysis analysis(Article article, List<String> people, String agency) {
        List<Entity> entities = new ArrayList<>();
        for (String person : new LinkedHashSet<>(people)) {
            entities.add(new Entity("person:" + slug(person), EntityType.PERSON, person,
                    List.of(person.substring(person.indexOf(' ') + 1)), null, 1 + random.nextInt(4)));
        }
        entities.add(new Entity("org:" + slug(agency), EntityType.AGENCY, agency, List.of(), null, 1 + random.nextInt(6)));
        List<Fact> facts = new ArrayList<>();
        int roll = random.nextInt(10);
        if (roll < 4 && people.size() > 1) {
            facts.add(fact(article, FactType.FLIGHT_ASSIGNMENT, Map.of("person", people.get(0), "agency", agency,
                    "crewmates", List.of(people.get(1)))));
        } else if (roll < 7 && people.size() > 1) {
            facts.add(fact(article, FactType.LEADERSHIP_CHANGE, Map.of("organization", agency, "incoming",
                    people.get(0), "outgoing", people.get(1))));
        }
        ArticleRecord record = new ArticleRecord(article.id(), article.path(), article.title(), article.date(), "en",
                article.sha256(), article.text().split(" ").length);
        return new Analysis(record, entities, facts);
    }

    private static Fact fact(Article article, FactType type, Map<String, Object> args) {
        int end = article.text().indexOf('.') + 1;
        return new Fact("f-" + article.id() + "-" + type.ordinal(), type, article.id(), new LinkedHashMap<>(args),
                article.date(), new Evidence(article.text().substring(0, end), 0, end), 0.8);
    }

    private int zipfRank() {
        int index = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(index < 0 ? -index - 1 : index, cumulative.length - 1);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Distinct pronounceable words of {@code minSyllables}..{@code maxSyllables} syllables, in generation order. */
    private static String[] words(Random random, int count, int minSyllables, int maxSyllables) {
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < count) {
            StringBuilder word = new StringBuilder();
            for (int s = 0, n = minSyllables + random.nextInt(maxSyllables - minSyllables + 1); s < n; s++) {
                word.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
                if (s == n - 1) {
                    word.append(CODAS[random.nextInt(CODAS.length)]);
                }
            }
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }

    /** Cumulative Zipf (s = 1) probabilities of ranks 0..n-1. */
    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int rank = 0; rank < n; rank++) {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < n; rank++) {
            cumulative[rank] /= sum;
        }
        return cumulative;
    }

    private static String[] capitalized(String[] words) {
        return Arrays.stream(words).map(SyntheticArticleGenerator::capitalize).toArray(String[]::new);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
