package org.newsfacts.search;

import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.newsfacts.index.CorpusFields;

/**
 * Whether a query can only match article documents: then the corpus layer's records, which share the index but
 * carry no article field, need not be excluded from it. The exclusion is not free: where the layer's records sit
 * between the articles of a segment, Lucene scores the articles in the short runs between them, and each run pays
 * the block-max set-up again (a single word searched over 100,000 articles ranked and counted in a third of the
 * time without it). The answer errs on the safe side: a query it does not know, a match-all or a query on a corpus
 * field keeps the exclusion.
 */
final class ArticleOnly {
    private ArticleOnly() {
    }

    /** True when every document {@code query} matches has an article field; false when unsure. */
    static boolean holds(Query query) {
        if (query instanceof BoostQuery boost) {
            return holds(boost.getQuery());
        }
        if (query instanceof ConstantScoreQuery constant) {
            return holds(constant.getQuery());
        }
        if (query instanceof BooleanQuery bool) {
            return holds(bool);
        }
        if (query instanceof MatchNoDocsQuery) {
            return true;
        }
        String field = field(query);
        return field != null && !CorpusFields.isCorpusField(field);
    }

    /**
     * A required clause that holds is enough; without required clauses (or with a minimum of optional ones) a
     * match needs one optional clause, so all of them must hold. Prohibited clauses only remove matches.
     */
    private static boolean holds(BooleanQuery bool) {
        List<BooleanClause> clauses = bool.clauses();
        boolean anyRequired = false;
        for (BooleanClause clause : clauses) {
            if (clause.isRequired()) {
                anyRequired = true;
                if (holds(clause.getQuery())) {
                    return true;
                }
            }
        }
        if (anyRequired && bool.getMinimumNumberShouldMatch() == 0) {
            return false;
        }
        List<Query> optional = clauses.stream().filter(c -> c.getOccur() == BooleanClause.Occur.SHOULD)
                .map(BooleanClause::getQuery).toList();
        // no clause that can match at all: Lucene matches nothing
        return optional.isEmpty() ? !anyRequired : optional.stream().allMatch(ArticleOnly::holds);
    }

    /** The one field a leaf query searches, or null for a kind this class does not know. */
    private static String field(Query query) {
        if (query instanceof TermQuery term) {
            return term.getTerm().field();
        }
        if (query instanceof PhraseQuery phrase) {
            return phrase.getField();
        }
        if (query instanceof MultiPhraseQuery multi) {
            return multi.getTermArrays().length == 0 || multi.getTermArrays()[0].length == 0 ? null
                    : multi.getTermArrays()[0][0].field();
        }
        if (query instanceof SynonymQuery synonyms) {
            return synonyms.getField();
        }
        if (query instanceof MultiTermQuery multiTerm) { // wildcards, prefixes, fuzzy terms, term ranges
            return multiTerm.getField();
        }
        if (query instanceof TermInSetQuery terms) {
            return terms.getField();
        }
        if (query instanceof PointRangeQuery range) {
            return range.getField();
        }
        return null;
    }
}
