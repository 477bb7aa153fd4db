package org.newsfacts.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads a saved web page with jsoup, parsing the string only (nothing is ever fetched). The text is
 * the page's paragraphs, sub-headings and list items, one block per paragraph separated by a blank
 * line, with navigation, scripts and other page furniture dropped. Metadata comes from {@link HtmlMetadata}.
 */
final class HtmlArticleReader implements FormatReader {
    private static final String FURNITURE = "script, style, nav, header, footer, aside, form, noscript";
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li");
    private static final String BLOCK_SEPARATOR = "\n\n";

    @Override
    public List<Ingested> read(String path, String content) {
        Document document = Jsoup.parse(content, "");
        HtmlMetadata metadata = HtmlMetadata.of(document);
        document.select(FURNITURE).remove();
        return List.of(Articles.ingested(path, metadata.title(), metadata.date(), metadata.url(), text(document)));
    }

    /** Paragraph blocks of the article body, or the body's whole text when the page has no paragraph. */
    private static String text(Document document) {
        Element root = articleRoot(document);
        if (root.selectFirst("p") == null) {
            return document.body().text();
        }
        List<String> blocks = new ArrayList<>();
        // iterative, so pages nested thousands of levels deep cannot exhaust the stack; a block's own
        // nested blocks (a list inside a list item) stay part of it and are never repeated
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                String block = element.text();
                if (!block.isBlank()) {
                    blocks.add(block);
                }
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, root);
        return String.join(BLOCK_SEPARATOR, blocks);
    }

    /** The first {@code <article>} or {@code <main>} holding a paragraph, else the body: menus stay out. */
    private static Element articleRoot(Document document) {
        for (Element candidate : document.select("article, main")) {
            if (candidate.selectFirst("p") != null) {
                return candidate;
            }
        }
        return document.body();
    }
}
