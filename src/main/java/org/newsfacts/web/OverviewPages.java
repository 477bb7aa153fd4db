package org.newsfacts.web;

import java.util.Map;
import java.util.TreeMap;
import org.newsfacts.corpus.Corpus;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.MergedFact;
import org.newsfacts.web.Views.Link;
import org.newsfacts.web.Views.Overview;

/** The overview: how much the index holds, facts per month, the most named entities. */
final class OverviewPages {
    private static final int TOP_ENTITIES = 20;

    private OverviewPages() {
    }

    static Overview of(Corpus corpus, long articles) {
        Map<String, Integer> byType = new TreeMap<>();
        for (MergedFact f : corpus.mergedFacts()) {
            byType.merge(f.type().name(), 1, Integer::sum);
        }
        return new Overview(articles,
                corpus.registry().entities().stream().filter(e -> e.type() != EntityType.DATE).count(),
                corpus.mergedFacts().size(),
                byType.entrySet().stream().map(e -> new Link(e.getKey() + " (" + e.getValue() + ")",
                        Hrefs.query("/facts", Hrefs.params("merged", "true", "type", e.getKey())))).toList(),
                Charts.perMonth(corpus.mergedFacts()),
                corpus.registry().entities().stream().filter(e -> e.type() != EntityType.DATE).limit(TOP_ENTITIES)
                        .map(e -> new Link(e.name() + " (" + e.type() + ", " + e.articles() + ")", Hrefs.entity(e.id()))).toList());
    }
}
