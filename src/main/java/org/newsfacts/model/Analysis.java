package org.newsfacts.model;

import java.util.List;

/**
 * Everything newsfacts learns from one article: the result of the pure function article → analysis,
 * stored whole in the index so that search, facts and export never re-run NLP.
 */
public record Analysis(ArticleRecord article, List<Entity> entities, List<Fact> facts) {
    public Analysis {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }
}
