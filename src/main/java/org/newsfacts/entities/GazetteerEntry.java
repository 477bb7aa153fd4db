package org.newsfacts.entities;

import java.util.List;
import org.newsfacts.model.EntityType;

/** One known thing: its canonical name, Wikidata id (or null) and every surface form news uses for it. */
public record GazetteerEntry(EntityType type, String canonical, String wikidata, List<String> aliases) {
    public GazetteerEntry {
        aliases = List.copyOf(aliases);
    }
}
