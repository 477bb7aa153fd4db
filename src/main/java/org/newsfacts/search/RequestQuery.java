package org.newsfacts.search;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.newsfacts.index.ArticleFields;
import org.newsfacts.index.CorpusFields;
import org.newsfacts.index.FoldingAnalyzer;
import org.newsfacts.model.EntityType;

/** Turns a {@link SearchRequest} into one Lucene query: the parsed text query, plus filters that do not score. */
final class RequestQuery {
    private RequestQuery() {
    }

    /** @param phrases how exact phrases on the text are searched (see {@link PhrasePairs}) */
    static Query of(SearchRequest request, FoldingAnalyzer analyzer, PhrasePairs.Mode phrases) {
        Query main = request.matchesAll() ? new MatchAllDocsQuery()
                : new ArticleQueryParser(analyzer, phrases).parseUserQuery(request.query());
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(main, BooleanClause.Occur.MUST);
        if (request.from() != null || request.to() != null) {
            long first = request.from() == null ? Long.MIN_VALUE : DayRange.parse(request.from()).first();
            long last = request.to() == null ? Long.MAX_VALUE : DayRange.parse(request.to()).last();
            query.add(LongPoint.newRangeQuery(ArticleFields.DATE, first, last), BooleanClause.Occur.FILTER);
        }
        if (request.entity() != null) {
            query.add(entity(request.entity(), analyzer), BooleanClause.Occur.FILTER);
        }
        if (request.factType() != null) {
            String type = analyzer.keyword(ArticleFields.FACT_TYPE, request.factType());
            query.add(new TermQuery(new Term(ArticleFields.FACT_TYPE, type)), BooleanClause.Occur.FILTER);
        }
        BooleanQuery articles = query.build();
        return ArticleOnly.holds(articles) ? articles : withoutCorpusLayer(query).build();
    }

    /**
     * What the highlighter marks in an article's text: the parsed query alone, its phrases as typed. The
     * highlighter builds a weight of the query it is given for every hit it highlights; the filters, the corpus
     * layer's exclusion and the word pairs narrowing a phrase match no word of the text, so they only cost
     * term lookups there. Asked of a hit, which matches the whole request, this query marks the same words.
     */
    static Query marked(SearchRequest request, FoldingAnalyzer analyzer) {
        return request.matchesAll() ? new MatchAllDocsQuery()
                : new ArticleQueryParser(analyzer, PhrasePairs.Mode.POSITIONS).parseUserQuery(request.query());
    }

    /** Every article document, and none of the corpus layer's documents that share the index. */
    static Query articlesOnly() {
        return withoutCorpusLayer(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER))
                .build();
    }

    /** {@code query} kept off the corpus layer's documents (needed only where {@link ArticleOnly} cannot tell). */
    private static BooleanQuery.Builder withoutCorpusLayer(BooleanQuery.Builder query) {
        return query.add(new TermQuery(new Term(CorpusFields.KIND, CorpusFields.KIND_ENTITY)), BooleanClause.Occur.MUST_NOT)
                .add(new TermQuery(new Term(CorpusFields.KIND, CorpusFields.KIND_FACT)), BooleanClause.Occur.MUST_NOT);
    }

    /** A canonical name or alias of any type: the entity_* fields hold both, lowercased and folded. */
    private static Query entity(String name, FoldingAnalyzer analyzer) {
        BooleanQuery.Builder anyType = new BooleanQuery.Builder();
        for (EntityType type : EntityType.values()) {
            String field = ArticleFields.entityField(type);
            anyType.add(new TermQuery(new Term(field, analyzer.keyword(field, name))), BooleanClause.Occur.SHOULD);
        }
        return anyType.build();
    }
}
