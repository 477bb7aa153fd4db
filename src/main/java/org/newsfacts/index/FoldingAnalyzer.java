package org.newsfacts.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one analyzer of newsfacts, used both to index and to parse queries so the two always agree.
 * Text fields: StandardTokenizer (Unicode word breaks, so Cyrillic and Latin alike) → lowercase →
 * ASCII folding ({@code Rogozin} = {@code rogozin}, {@code café} = {@code cafe}; Cyrillic is left
 * as it is). Keyword fields ({@code entity_*}, {@code fact_type}, {@code language}) keep the whole
 * value as one lowercased, folded term; {@code id} and {@code path} stay untouched; {@code text_pairs} holds
 * the text field's words two by two ("space station"), to narrow exact phrase queries.
 * No stemming: names and exact words matter more here than recall on inflections.
 */
public final class FoldingAnalyzer extends Analyzer {
    /** Keeps phrase queries from matching across two values of a multi-valued field. */
    private static final int VALUE_GAP = 100;
    /** Joins the two words of a {@link ArticleFields#TEXT_PAIRS} term. */
    public static final String PAIR_SEPARATOR = " ";

    public FoldingAnalyzer() {
        // the chain depends on the field, so components cannot be shared across fields
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
        if (ArticleFields.isExact(field)) {
            return new TokenStreamComponents(new KeywordTokenizer());
        }
        Tokenizer tokenizer = ArticleFields.isKeyword(field) ? new KeywordTokenizer() : new StandardTokenizer();
        if (ArticleFields.TEXT_PAIRS.equals(field)) {
            return new TokenStreamComponents(tokenizer, pairs(fold(tokenizer)));
        }
        return new TokenStreamComponents(tokenizer, fold(tokenizer));
    }

    /** What wildcard and prefix terms go through: the same lowercasing and folding, no tokenizing. */
    @Override
    protected TokenStream normalize(String field, TokenStream in) {
        return ArticleFields.isExact(field) ? in : fold(in);
    }

    @Override
    public int getPositionIncrementGap(String field) {
        return VALUE_GAP;
    }

    /** The single term a keyword field holds for {@code value}, as queries will look it up. */
    public String keyword(String field, String value) {
        return normalize(field, value.strip()).utf8ToString();
    }

    /** The text's words two by two ("a b", "b c"); a text of one word has none. */
    public static TokenStream pairs(TokenStream words) {
        ShingleFilter pairs = new ShingleFilter(words, 2, 2);
        pairs.setOutputUnigrams(false);
        pairs.setTokenSeparator(PAIR_SEPARATOR);
        return pairs;
    }

    private static TokenStream fold(TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
