package org.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One real-world thing across the corpus: the FACTS-SCHEMA v1 entity fields, summed over every article
 * naming it, plus how many articles do and the first and last of their dates.
 *
 * @param aliases   every other spelling seen in the corpus
 * @param mentions  mentions over all articles
 * @param articles  how many articles name it
 * @param firstDate earliest article date ({@code YYYY-MM-DD}), or null when no such article is dated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "name", "aliases", "wikidata", "mentions", "articles", "first_date", "last_date"})
public record CorpusEntity(String id, EntityType type, String name, List<String> aliases, String wikidata,
                           int mentions, int articles, @JsonProperty("first_date") String firstDate,
                           @JsonProperty("last_date") String lastDate) {
    public CorpusEntity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
