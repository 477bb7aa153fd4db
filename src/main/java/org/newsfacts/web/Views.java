package org.newsfacts.web;

import java.util.List;

/**
 * What the templates show, already decided: labels, links and chart geometry. Templates only loop and
 * print (jte escapes every value), so no logic hides in them and every value reaching a page is text.
 */
public final class Views {
    private Views() {
    }

    /** A link; {@code href} is always built by us (a path of this server, or a Wikidata page). */
    public record Link(String label, String href) {
    }

    /** A piece of a search snippet, a match or not. */
    public record Piece(String text, boolean match) {
    }

    public record Hit(String title, String href, String date, String path, List<Piece> snippet, List<Link> entities,
               List<String> facts) {
    }

    public record FacetGroup(String label, List<Link> values) {
    }

    public record SearchForm(String q, String from, String to, String entity, String factType, List<String> factTypes) {
    }

    public record SearchPage(SearchForm form, long total, String range, List<Hit> hits, List<FacetGroup> facets,
                      Link previous, Link next, Overview overview) {
    }

    /** A stretch of article text: plain, an entity mention, inside a fact's evidence, or both. */
    public record TextPiece(String text, String entityHref, String entityClass, String entityTitle, boolean evidence) {
    }

    public record Slot(String name, String value, String href) {
    }

    public record FactRow(String anchor, String type, String date, List<Slot> args, String evidence, List<String> conflicts,
                   List<Link> sources, String confidence) {
        public boolean conflicted() {
            return !conflicts.isEmpty();
        }
    }

    /** {@code source} is the article's own address as text; {@code sourceHref} the same when it is safe to link (http/https). */
    public record ArticlePage(String id, String title, String date, String path, String source, String sourceHref,
                              String language, List<TextPiece> text,
                       List<FactRow> facts, List<Link> entities, Link json) {
    }

    public record ArticleLink(String date, String title, String href, String path) {
    }

    public record Tick(int x, String label) {
    }

    /** One box of a chart: a fact on a timeline, a month's bar; {@code href} null when it links nowhere. */
    public record Mark(int x, int y, int width, int height, String cssClass, String title, String href) {
    }

    public record Lane(int y, String label) {
    }

    public record Chart(int width, int height, int axisY, List<Tick> ticks, List<Lane> lanes, List<Mark> marks, String note) {
    }

    public record EntityPage(String id, String name, String type, List<String> aliases, String wikidata, String wikidataHref,
                      int mentions, int articleCount, String firstDate, String lastDate, List<ArticleLink> articles,
                      Chart chart, List<FactRow> timeline, List<Link> cooccurring, Link json) {
    }

    public record ChoicePage(String name, List<Link> candidates) {
    }

    public record FactsForm(String type, String entity, String from, String to, boolean merged, List<String> types) {
    }

    public record FactsPage(FactsForm form, int shown, boolean truncated, List<FactRow> rows, List<Link> downloads) {
    }

    public record Overview(long articles, long entities, long mergedFacts, List<Link> factTypes, Chart perMonth,
                    List<Link> topEntities) {
    }

    public record ErrorPage(int status, String message) {
    }
}
