package org.newsfacts.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.Entity;
import org.newsfacts.model.EntityType;
import org.newsfacts.web.Views.ArticlePage;
import org.newsfacts.web.Views.Link;
import org.newsfacts.web.Views.TextPiece;

/**
 * The article page: its text cut into pieces where entity mentions and fact evidence begin and end.
 * The stored analysis keeps each entity's names, not its offsets, so mentions are found again as whole-word
 * occurrences of those names (longest first, never overlapping); evidence comes from the facts' offsets.
 */
final class ArticlePages {
    /** Bounds the marking work on a very long article: entities considered, mentions marked. */
    private static final int MAX_ENTITIES = 300;
    private static final int MAX_MENTIONS = 5000;

    private record Span(int start, int end, CorpusEntity entity, EntityType type, String name) {
    }

    private ArticlePages() {
    }

    /** @param resolved the corpus entity each of the article's entities means there, where one does */
    static ArticlePage of(Analysis analysis, String text, String url, Map<Entity, CorpusEntity> resolved) {
        ArticleRecord article = analysis.article();
        List<Span> mentions = mentions(analysis, text, resolved);
        List<int[]> evidence = analysis.facts().stream().filter(f -> f.evidence() != null)
                .map(f -> new int[] {Math.max(0, f.evidence().start()), Math.min(text.length(), f.evidence().end())})
                .filter(r -> r[0] < r[1]).toList();
        FactRows rows = new FactRows(Hrefs::entityNamed);
        List<Link> entities = new ArrayList<>();
        for (Entity e : analysis.entities()) {
            if (e.type() != EntityType.DATE) {
                entities.add(new Link(e.name() + " (" + e.type() + ")", link(resolved.get(e), e)));
            }
        }
        return new ArticlePage(article.id(), article.title() == null ? "(untitled)" : article.title(), article.date(),
                article.path(), url, Hrefs.source(url), article.language(), pieces(text, mentions, evidence),
                analysis.facts().stream().map(rows::of).toList(), entities,
                new Link("JSON", "/api/articles/" + Hrefs.encode(article.id())));
    }

    private static String link(CorpusEntity known, Entity e) {
        return known != null ? Hrefs.entity(known.id()) : Hrefs.entityNamed(e.name());
    }

    private static List<Span> mentions(Analysis analysis, String text, Map<Entity, CorpusEntity> resolved) {
        List<Span> found = new ArrayList<>();
        for (Entity e : analysis.entities().stream().filter(e -> e.type() != EntityType.DATE).limit(MAX_ENTITIES).toList()) {
            CorpusEntity known = resolved.get(e);
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            for (String name : names) {
                if (name.isBlank()) {
                    continue;
                }
                for (int at = text.indexOf(name); at >= 0 && found.size() < MAX_MENTIONS; at = text.indexOf(name, at + 1)) {
                    if (wordBoundary(text, at - 1) && wordBoundary(text, at + name.length())) {
                        found.add(new Span(at, at + name.length(), known, e.type(), e.name()));
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(Span::start).thenComparing(s -> -(s.end() - s.start())));
        List<Span> kept = new ArrayList<>();
        int end = 0;
        for (Span s : found) {
            if (s.start() >= end) {
                kept.add(s);
                end = s.end();
            }
        }
        return kept;
    }

    private static boolean wordBoundary(String text, int at) {
        return at < 0 || at >= text.length() || !Character.isLetterOrDigit(text.charAt(at));
    }

    /** Cuts the text at every mention and evidence boundary; each piece knows what covers it. */
    private static List<TextPiece> pieces(String text, List<Span> mentions, List<int[]> evidence) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        mentions.forEach(m -> {
            cuts.add(m.start());
            cuts.add(m.end());
        });
        evidence.forEach(r -> {
            cuts.add(r[0]);
            cuts.add(r[1]);
        });
        List<TextPiece> pieces = new ArrayList<>();
        Integer from = cuts.first();
        int m = 0;
        for (Integer to : cuts.tailSet(from, false)) {
            while (m < mentions.size() && mentions.get(m).end() <= from) {
                m++;
            }
            Span mention = m < mentions.size() && mentions.get(m).start() <= from ? mentions.get(m) : null;
            final int start = from;
            boolean inEvidence = evidence.stream().anyMatch(r -> r[0] <= start && start < r[1]);
            String href = mention == null ? null
                    : mention.entity() != null ? Hrefs.entity(mention.entity().id()) : Hrefs.entityNamed(mention.name());
            pieces.add(new TextPiece(text.substring(from, to), href,
                    mention == null ? null : "ent ent-" + mention.type().name().toLowerCase(Locale.ROOT),
                    mention == null ? null : mention.name() + " (" + mention.type() + ")", inEvidence));
            from = to;
        }
        return pieces;
    }
}
