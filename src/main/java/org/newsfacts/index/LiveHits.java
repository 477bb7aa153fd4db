package org.newsfacts.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Every live document a query matches, in document order: a plain walk of the postings, with no scoring and no
 * priority queue, for reads that want all the hits (the corpus layer's records of some entities or events), where a
 * top-N search would only add a queue to fill and sort.
 */
public final class LiveHits {
    /** Receives the top-level id of each hit. */
    @FunctionalInterface
    public interface DocConsumer {
        void accept(int doc) throws IOException;
    }

    private LiveHits() {
    }

    /** Calls {@code consumer} with each live document {@code query} matches in {@code searcher}'s reader. */
    public static void forEach(IndexSearcher searcher, Query query, DocConsumer consumer) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext context : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(context);
            if (scorer == null) {
                continue;
            }
            Bits live = context.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    consumer.accept(context.docBase + doc);
                }
            }
        }
    }
}
