package org.newsfacts.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsfacts.corpus.CorpusView;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.MergedFact;
import org.newsfacts.web.Views.Link;
import org.newsfacts.web.Views.Overview;

/**
 * The overview: how much the index holds, facts per month, the most named entities. One streamed pass over
 * the corpus layer's entities and one over its merged facts, holding only counts, so its memory does not grow
 * with the corpus; the server keeps the result per commit.
 */
final class OverviewPages {
    private static final int TOP_ENTITIES = 20;

    private OverviewPages() {
    }

    static Overview of(CorpusView corpus, long articles) {
        long entities = 0;
        List<Link> top = new ArrayList<>();
        try (Stream<CorpusEntity> listed = corpus.entities(null, null)) { // most articles first, dates left out
            for (Iterator<CorpusEntity> it = listed.iterator(); it.hasNext(); entities++) {
                CorpusEntity e = it.next();
                if (top.size() < TOP_ENTITIES) {
                    top.add(new Link(e.name() + " (" + e.type() + ", " + e.articles() + ")", Hrefs.entity(e.id())));
                }
            }
        }
        long facts = 0;
        Map<String, Integer> byType = new TreeMap<>();
        Map<String, Integer> byMonth = new TreeMap<>();
        try (Stream<MergedFact> all = corpus.mergedFacts(null)) {
            for (Iterator<MergedFact> it = all.iterator(); it.hasNext(); facts++) {
                MergedFact f = it.next();
                byType.merge(f.type().name(), 1, Integer::sum);
                if (Charts.year(f.date()) > 0 && f.date().length() >= 7) {
                    byMonth.merge(f.date().substring(0, 7), 1, Integer::sum);
                }
            }
        }
        return new Overview(articles, entities, facts,
                byType.entrySet().stream().map(e -> new Link(e.getKey() + " (" + e.getValue() + ")",
                        Hrefs.query("/facts", Hrefs.params("merged", "true", "type", e.getKey())))).toList(),
                Charts.perMonth(byMonth), top);
    }
}
