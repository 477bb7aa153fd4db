package org.newsfacts.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.newsfacts.index.ArticleFields;
import org.newsfacts.index.FoldingAnalyzer;

/**
 * Exact phrases on the text answered through its word pairs ({@code text_pairs}, Elasticsearch's
 * {@code index_phrases}): {@code "a b c"} occurs exactly where the pairs {@code (a b)} and {@code (b c)} occur
 * one after the other. Pairs are rare where words are common, so a phrase of common words no longer means
 * checking positions in every article. How a phrase is turned into queries is a {@link Mode}.
 */
final class PhrasePairs {
    /** How exact text phrases are searched. */
    enum Mode {
        /** As typed: an index without word pairs (written before they existed) has nothing else. */
        POSITIONS,
        /** Ranking: the phrase scores as typed, but only in articles holding its pairs in order. */
        NARROWED,
        /** Counting and facets: the pairs in order alone, which match exactly the same articles. */
        PAIRS
    }

    private PhrasePairs() {
    }

    /**
     * Whether the word pairs can stand for the text's phrases in {@code reader}: every segment that holds article
     * text holds its pairs too. A segment without text (one the corpus layer's records alone filled) cannot match a
     * text phrase either way, so it must not send the whole index down the slow path.
     */
    static boolean indexed(IndexReader reader) {
        return reader.leaves().stream().map(leaf -> leaf.reader().getFieldInfos())
                .allMatch(fields -> fields.fieldInfo(ArticleFields.TEXT) == null
                        || fields.fieldInfo(ArticleFields.TEXT_PAIRS) != null);
    }

    /** {@code phrase} as {@code mode} wants it, or itself when it is not an exact phrase of two words or more on the text. */
    static Query apply(PhraseQuery phrase, Mode mode) {
        if (mode == Mode.POSITIONS || !isExactTextPhrase(phrase)) {
            return phrase;
        }
        Query pairs = pairs(phrase.getTerms());
        return mode == Mode.PAIRS ? pairs : new BooleanQuery.Builder()
                .add(phrase, BooleanClause.Occur.MUST)
                .add(pairs, BooleanClause.Occur.FILTER)
                .build();
    }

    private static boolean isExactTextPhrase(PhraseQuery phrase) {
        int[] positions = phrase.getPositions();
        if (phrase.getSlop() != 0 || positions.length < 2 || !ArticleFields.TEXT.equals(phrase.getField())) {
            return false;
        }
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] != positions[i - 1] + 1) {
                return false; // a gap in the phrase has no pair to stand for it
            }
        }
        return true;
    }

    private static Query pairs(Term[] terms) {
        if (terms.length == 2) {
            return new TermQuery(pair(terms[0], terms[1]));
        }
        PhraseQuery.Builder pairs = new PhraseQuery.Builder();
        for (int i = 0; i + 1 < terms.length; i++) {
            pairs.add(pair(terms[i], terms[i + 1]), i);
        }
        return pairs.build();
    }

    private static Term pair(Term first, Term second) {
        return new Term(ArticleFields.TEXT_PAIRS, first.text() + FoldingAnalyzer.PAIR_SEPARATOR + second.text());
    }
}
