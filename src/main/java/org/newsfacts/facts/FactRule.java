package org.newsfacts.facts;

import java.util.List;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.model.ResolvedArticle;

/**
 * One family of fact patterns. A rule is stateless and reads only the article it is given, so one
 * instance serves every thread (and, later, every Spark task).
 */
public interface FactRule {

    /** The fact type this rule emits. */
    FactType type();

    /** Facts the article states, one per event and participant as the schema asks; may contain duplicates across sentences. */
    List<Fact> extract(ResolvedArticle article);
}
