package org.newsfacts.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.newsfacts.index.ArticleFields;
import org.newsfacts.index.FoldingAnalyzer;

/**
 * Lucene's classic query syntax over text, title (boosted x2) and entity names, all terms required
 * by default. The one extension: {@code date:2022-07-15}, {@code date:2022-07} and
 * {@code date:[2022-01-01 TO 2022-06-30]} become point queries on the stored epoch day, which the
 * classic parser alone would turn into term queries that never match. Not thread-safe: one per query.
 */
final class ArticleQueryParser extends MultiFieldQueryParser {
    private static final String[] FIELDS = {ArticleFields.TEXT, ArticleFields.TITLE, ArticleFields.ENTITY};
    private static final Map<String, Float> BOOSTS = Map.of(ArticleFields.TITLE, 2f);

    /** Far beyond any query a person writes; the parser's stack use per level stays well inside a default thread stack. */
    static final int MAX_DEPTH = 100;
    private static final int QUOTED = 200;

    private final PhrasePairs.Mode phrases;

    /** @param phrases how exact phrases on the text are searched (see {@link PhrasePairs}) */
    ArticleQueryParser(FoldingAnalyzer analyzer, PhrasePairs.Mode phrases) {
        super(FIELDS, analyzer, BOOSTS);
        this.phrases = phrases;
        setDefaultOperator(QueryParser.Operator.AND);
        setAllowLeadingWildcard(true);
    }

    /**
     * Parses user input; a syntax error, a query nested deeper than {@value #MAX_DEPTH} parentheses (the parser
     * recurses per level and would overflow the stack) or one too complex to run becomes a one-line
     * {@link BadQueryException} quoting at most {@value #QUOTED} characters of the query.
     */
    Query parseUserQuery(String query) {
        int depth = depth(query);
        if (depth > MAX_DEPTH) {
            throw new BadQueryException("query " + quoted(query) + " nests parentheses " + depth + " deep (at most " + MAX_DEPTH + ")");
        }
        try {
            return parse(query);
        } catch (ParseException | BadQueryException e) {
            throw new BadQueryException("cannot parse query " + quoted(query) + ": " + firstLine(e.getMessage()), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw tooComplex(query, e);
        }
    }

    /**
     * The usage error for a query Lucene refuses to run: a wildcard or regular expression whose automaton would
     * grow too large, or more clauses than the limit.
     *
     * @throws RuntimeException {@code e} itself when it is neither (a bug, not the user's query)
     */
    static BadQueryException tooComplex(String query, Throwable e) {
        if (e instanceof TooComplexToDeterminizeException) {
            return new BadQueryException("query " + quoted(query) + " is too complex: a wildcard or regular expression "
                    + "in it expands too far", e);
        }
        if (e instanceof IndexSearcher.TooManyClauses) {
            return new BadQueryException("query " + quoted(query) + " has too many clauses (at most "
                    + IndexSearcher.getMaxClauseCount() + ", counting the terms a wildcard matches)", e);
        }
        if (e instanceof StackOverflowError) {
            return new BadQueryException("query " + quoted(query) + " is nested too deeply", e);
        }
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) e;
    }

    /** The query in quotes, cut to {@value #QUOTED} characters: a 100 KB query is not echoed back whole. */
    static String quoted(String query) {
        if (query == null) {
            return "''";
        }
        String shown = query.length() <= QUOTED ? query : query.substring(0, QUOTED) + "…";
        return "'" + shown + "'" + (query.length() > QUOTED ? " (" + query.length() + " characters)" : "");
    }

    /** How deep parentheses nest, outside quoted phrases and escapes. */
    static int depth(String query) {
        int depth = 0;
        int max = 0;
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                max = Math.max(max, ++depth);
            } else if (!quoted && c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
        return max;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (ArticleFields.DATE.equals(field)) {
            DayRange days = DayRange.parse(queryText);
            return LongPoint.newRangeQuery(ArticleFields.DATE, days.first(), days.last());
        }
        return super.getFieldQuery(field, queryText, quoted);
    }

    /** Every exact phrase, whichever field list it came from, passes here once per field. */
    @Override
    protected Query analyzePhrase(String field, TokenStream stream, int slop) throws IOException {
        Query phrase = super.analyzePhrase(field, stream, slop);
        return phrase instanceof PhraseQuery exact ? PhrasePairs.apply(exact, phrases) : phrase;
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        if (ArticleFields.DATE.equals(field)) {
            long first = open(part1) ? Long.MIN_VALUE
                    : startInclusive ? DayRange.parse(part1).first() : DayRange.parse(part1).last() + 1;
            long last = open(part2) ? Long.MAX_VALUE
                    : endInclusive ? DayRange.parse(part2).last() : DayRange.parse(part2).first() - 1;
            return LongPoint.newRangeQuery(ArticleFields.DATE, first, last);
        }
        return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    private static boolean open(String bound) {
        return bound == null || bound.equals("*");
    }

    /** Lucene's message repeats the query and then lists every expected token over many lines. */
    private static String firstLine(String message) {
        String line = message == null ? "syntax error" : message.lines().findFirst().orElse("syntax error").strip();
        String prefix = "Cannot parse '";
        if (line.startsWith(prefix)) {
            int end = line.indexOf("': ");
            if (end > 0) {
                line = line.substring(end + 3);
            }
        }
        return line;
    }
}
