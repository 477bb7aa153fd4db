package org.newsfacts.eval;

import java.util.List;

/** One entity newsfacts found in one article (named by file name), as the entity scorer reads it. */
public record PredictedEntity(String article, String type, String name, List<String> aliases) {
    public PredictedEntity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
