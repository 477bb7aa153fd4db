package org.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An entity as exported (FACTS-SCHEMA v1). {@code name} is canonical: a person's fullest form in the
 * article, a gazetteer entry's canonical form for known agencies, places and craft.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "name", "aliases", "wikidata", "mentions"})
public record Entity(String id, EntityType type, String name, List<String> aliases, String wikidata, int mentions) {
    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
