package org.newsfacts.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.newsfacts.index.ArticleFields;
import org.newsfacts.json.Json;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.Entity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * Builds a {@link SearchHit} from a document's stored fields and its highlighted snippet. What a hit shows of
 * its article (title, date, path, main entities, fact types) is read from the stored analysis, a stored-fields
 * block to decompress and a JSON record to parse; it depends on the document alone, so the last few thousand
 * are kept, for the one commit this reader's doc ids belong to: a server answering many searches (and pages
 * of one search) reads each popular article once.
 */
final class SearchHitReader {
    /** Entities listed per hit: enough to see what an article is about, short enough for one line. */
    static final int MAX_ENTITIES = 8;
    /** Longest snippet, in characters: a passage without sentence breaks must not flood the terminal. */
    static final int MAX_SNIPPET = 300;
    /** Summaries kept (about half a kilobyte each). */
    private static final int KEPT = 8192;
    private static final Set<String> ANALYSIS_ONLY = Set.of(ArticleFields.ANALYSIS);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A hit without its score and snippet. */
    private record Summary(String id, String title, String date, String path, List<String> entities, List<String> facts) {
    }

    private final RecentAnswers<Integer, Summary> kept = new RecentAnswers<>(KEPT);

    /** @param stored the stored fields of this commit, used by one thread (one search) only */
    SearchHit read(StoredFields stored, ScoreDoc scoreDoc, String snippet) throws IOException {
        Summary summary = kept.get(scoreDoc.doc, doc -> summary(stored, doc));
        float score = Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score;
        return new SearchHit(summary.id(), summary.title(), summary.date(), summary.path(), score, tidy(snippet),
                summary.entities(), summary.facts());
    }

    private static Summary summary(StoredFields stored, int doc) throws IOException {
        // the stored analysis holds the article's metadata too: one field to load and decode
        BytesRef json = stored.document(doc, ANALYSIS_ONLY).getBinaryValue(ArticleFields.ANALYSIS);
        Analysis analysis = Json.readAnalysis(BytesRef.deepCopyOf(json).bytes);
        ArticleRecord article = analysis.article();
        List<String> entities = analysis.entities().stream()
                .filter(e -> e.type() != EntityType.DATE && e.name() != null)
                .sorted(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name))
                .map(Entity::name)
                .distinct()
                .limit(MAX_ENTITIES)
                .toList();
        List<String> facts = analysis.facts().stream().map(Fact::type).distinct().sorted().map(FactType::name).toList();
        return new Summary(article.id(), article.title(), article.date(), article.path(), entities, facts);
    }

    /** One line, at most {@link #MAX_SNIPPET} characters, cut between words and never inside a match. */
    static String tidy(String snippet) {
        if (snippet == null) {
            return "";
        }
        String line = SPACES.matcher(snippet).replaceAll(" ").strip();
        if (line.length() <= MAX_SNIPPET) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX_SNIPPET);
        String head = line.substring(0, cut > 0 ? cut : MAX_SNIPPET);
        boolean insideMatch = head.lastIndexOf(SearchHit.MATCH_START) > head.lastIndexOf(SearchHit.MATCH_END);
        return head + (insideMatch ? SearchHit.MATCH_END : "") + " …";
    }
}
