package org.newsfacts.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;

/**
 * Resolves a fact's slot values to corpus entities through the {@link EntityRegistry}, as the fact's own
 * article uses the names. A name the registry does not know compares by its folded text; a one-word
 * person name that it does not know stays tied to its article.
 */
final class FactResolver {
    private final EntityLookup lookup;

    FactResolver(EntityLookup lookup) {
        this.lookup = lookup;
    }

    /** The fact (the {@code index}th of its article) resolved, with the grouping keys its resolution read (it must be redone when their entities change). */
    ResolvedFact resolve(Fact fact, ArticleRecord article, int index) {
        Map<String, ResolvedFact.Value> values = new LinkedHashMap<>();
        Map<String, List<ResolvedFact.Value>> lists = new LinkedHashMap<>();
        Set<String> dependencies = new TreeSet<>();
        fact.args().forEach((slot, value) -> {
            if (value instanceof List<?> list) {
                List<ResolvedFact.Value> resolved = new ArrayList<>();
                list.forEach(v -> resolved.add(entity(fact, article.id(), slot, String.valueOf(v), dependencies)));
                lists.put(slot, resolved);
            } else if (value instanceof Boolean flag) {
                values.put(slot, new ResolvedFact.Value("flag:" + flag, flag));
            } else if (value != null && FactSlots.namesEntity(fact.type(), slot)) {
                values.put(slot, entity(fact, article.id(), slot, String.valueOf(value), dependencies));
            } else if (value != null) {
                values.put(slot, new ResolvedFact.Value("text:" + NameKeys.fold(String.valueOf(value)), value));
            }
        });
        return new ResolvedFact(fact, article, values, lists, dependencies, index);
    }

    private ResolvedFact.Value entity(Fact fact, String articleId, String slot, String name, Set<String> dependencies) {
        List<EntityType> types = FactSlots.types(fact.type(), slot);
        lookup.dependencies(articleId, name, types, dependencies);
        return lookup.resolve(articleId, name, types)
                .map(e -> new ResolvedFact.Value(e.id(), e.name()))
                .orElseGet(() -> {
                    boolean loneSurname = FactSlots.namesPerson(fact.type(), slot) && NameKeys.words(name).size() < 2;
                    return new ResolvedFact.Value("name:" + NameKeys.fold(name) + (loneSurname ? "@" + articleId : ""), name);
                });
    }
}
