package org.newsfacts.index;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.newsfacts.json.Json;

/**
 * Every article's stored analysis parses as FACTS-SCHEMA records: what {@code facts}, {@code entities} and
 * {@code export} read. Lucene's checksums cannot see an analysis written wrongly, only bytes changed since.
 */
final class StoredAnalysesCheck implements IndexCheck.ConsistencyCheck {
    private static final Set<String> ANALYSIS_ONLY = Set.of(ArticleFields.ANALYSIS);

    @Override
    public String description() {
        return "every stored analysis parses";
    }

    @Override
    public IndexCheck.Problems check(DirectoryReader reader) throws IOException {
        Set<String> failing = new TreeSet<>();
        String example = null;
        for (LeafReaderContext context : reader.leaves()) {
            LeafReader leaf = context.reader();
            Bits live = leaf.getLiveDocs();
            StoredFields stored = leaf.storedFields();
            SortedDocValues paths = DocValues.getSorted(leaf, ArticleFields.PATH);
            // article documents are those with a path; other kinds of document (a corpus layer) have their own check
            for (int doc = paths.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = paths.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                String path = paths.lookupOrd(paths.ordValue()).utf8ToString();
                try {
                    Document document = stored.document(doc, ANALYSIS_ONLY);
                    BytesRef bytes = document.getBinaryValue(ArticleFields.ANALYSIS);
                    if (bytes == null) {
                        throw new IllegalStateException("no stored analysis");
                    }
                    Json.readAnalysis(BytesRef.deepCopyOf(bytes).bytes);
                } catch (IOException | RuntimeException e) {
                    failing.add(path);
                    if (example == null) {
                        example = path + ": " + IndexCheck.firstLine(e);
                    }
                }
            }
        }
        return failing.isEmpty() ? IndexCheck.Problems.NONE : new IndexCheck.Problems(failing, example);
    }
}
