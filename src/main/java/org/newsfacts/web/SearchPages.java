package org.newsfacts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.FactType;
import org.newsfacts.search.FacetCount;
import org.newsfacts.search.SearchHit;
import org.newsfacts.web.Views.FacetGroup;
import org.newsfacts.web.Views.Hit;
import org.newsfacts.web.Views.Link;
import org.newsfacts.web.Views.Piece;
import org.newsfacts.web.Views.SearchForm;
import org.newsfacts.web.Views.SearchPage;

/** The search page: the form as submitted, hits with their snippets cut at the match markers, facets, paging. */
final class SearchPages {
    private SearchPages() {
    }

    static SearchForm form(String q, String from, String to, String entity, String factType) {
        return new SearchForm(q, from, to, entity, factType, FactType.values().stream().map(FactType::name).toList());
    }

    static SearchPage of(SearchForm form, Services.Found found, int offset, int limit, Views.Overview overview) {
        List<Hit> hits = found.results().hits().stream().map(SearchPages::hit).toList();
        List<FacetGroup> facets = new ArrayList<>();
        if (found.facets() != null) {
            for (Map.Entry<EntityType, List<FacetCount>> e : found.facets().entities().entrySet()) {
                facets.add(new FacetGroup(e.getKey().name(), e.getValue().stream()
                        .map(c -> new Link(c.value() + " (" + c.count() + ")", with(form, "entity", c.value(), 0))).toList()));
            }
            facets.add(new FacetGroup("FACT TYPE", found.facets().factTypes().stream()
                    .map(c -> new Link(c.value() + " (" + c.count() + ")", with(form, "fact_type", c.value(), 0))).toList()));
        }
        long total = found.results().total();
        Link previous = offset > 0 ? new Link("previous", with(form, null, null, Math.max(0, offset - limit))) : null;
        Link next = offset + limit < total && offset + limit <= 1000 - limit
                ? new Link("next", with(form, null, null, offset + limit)) : null;
        String range = hits.isEmpty() ? "" : (offset + 1) + "–" + (offset + hits.size());
        return new SearchPage(form, total, range, hits, facets, previous, next, overview);
    }

    private static Hit hit(SearchHit hit) {
        List<Piece> snippet = new ArrayList<>();
        String rest = hit.snippet() == null ? "" : hit.snippet();
        while (!rest.isEmpty()) {
            int open = rest.indexOf(SearchHit.MATCH_START);
            int close = open < 0 ? -1 : rest.indexOf(SearchHit.MATCH_END, open);
            if (open < 0 || close < 0) {
                snippet.add(new Piece(rest, false));
                break;
            }
            if (open > 0) {
                snippet.add(new Piece(rest.substring(0, open), false));
            }
            snippet.add(new Piece(rest.substring(open + SearchHit.MATCH_START.length(), close), true));
            rest = rest.substring(close + SearchHit.MATCH_END.length());
        }
        return new Hit(hit.title() == null ? "(untitled)" : hit.title(), Hrefs.article(hit.id()), hit.date(), hit.path(),
                snippet, hit.entities().stream().map(name -> new Link(name, Hrefs.entityNamed(name))).toList(), hit.facts());
    }

    /** The search with one filter changed (or none) at another offset. */
    private static String with(SearchForm form, String key, String value, int offset) {
        Map<String, String> params = Hrefs.params("q", form.q(), "from", form.from(), "to", form.to(),
                "entity", form.entity(), "fact_type", form.factType());
        if (key != null) {
            params.put(key, value);
        }
        if (offset > 0) {
            params.put("offset", Integer.toString(offset));
        }
        return Hrefs.query("/", params);
    }
}
