package org.newsfacts.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/** The stored path of each live article of one segment, read from doc values (no stored field is decoded). */
final class ArticleIds {
    private ArticleIds() {
    }

    /** Paths of the live documents of {@code leaf}, in document order. */
    static List<String> paths(LeafReader leaf) throws IOException {
        List<String> paths = new ArrayList<>();
        Bits live = leaf.getLiveDocs();
        SortedDocValues values = DocValues.getSorted(leaf, ArticleFields.PATH);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            if (live == null || live.get(doc)) {
                paths.add(values.lookupOrd(values.ordValue()).utf8ToString());
            }
        }
        return paths;
    }
}
