package org.newsfacts.web;

import java.util.List;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.MergedFact;
import org.newsfacts.search.FacetCount;
import org.newsfacts.web.Views.ArticleLink;
import org.newsfacts.web.Views.EntityPage;
import org.newsfacts.web.Views.Link;

/** The entity page: who or what it is, its articles, the timeline of its merged facts, and its company. */
final class EntityPages {
    /** Article links on one page: an entity of a large corpus may be named in tens of thousands (the JSON lists all). */
    static final int MAX_ARTICLES = 100;

    private EntityPages() {
    }

    static EntityPage of(Services.EntityData data, List<FacetCount> cooccurring) {
        CorpusEntity entity = data.entity();
        List<ArticleLink> articles = data.articles().stream().limit(MAX_ARTICLES)
                .map(a -> new ArticleLink(a.date(), a.title() == null ? "(untitled)" : a.title(), Hrefs.article(a.id()), a.path()))
                .toList();
        List<MergedFact> timeline = data.timeline();
        FactRows rows = new FactRows(Hrefs::entityNamed);
        return new EntityPage(entity.id(), entity.name(), entity.type().name(), entity.aliases(), entity.wikidata(),
                Hrefs.wikidata(entity.wikidata()), entity.mentions(), entity.articles(), entity.firstDate(), entity.lastDate(),
                articles, Charts.timeline(timeline), timeline.stream().map(rows::of).toList(),
                cooccurring.stream().map(c -> new Link(c.value() + " (" + c.count() + ")", Hrefs.entityNamed(c.value()))).toList(),
                new Link("JSON", "/api/entities/" + Hrefs.encode(entity.id())));
    }
}
