package org.newsfacts.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.Fact;

/**
 * Resolves a fact's slot values to corpus entities through the {@link EntityRegistry}, as the fact's own
 * article uses the names. A name the registry does not know compares by its folded text; a one-word
 * person name that it does not know stays tied to its article.
 */
final class FactResolver {
    private final EntityRegistry registry;

    FactResolver(EntityRegistry registry) {
        this.registry = registry;
    }

    ResolvedFact resolve(Fact fact, ArticleRecord article) {
        Map<String, ResolvedFact.Value> values = new LinkedHashMap<>();
        Map<String, List<ResolvedFact.Value>> lists = new LinkedHashMap<>();
        fact.args().forEach((slot, value) -> {
            if (value instanceof List<?> list) {
                List<ResolvedFact.Value> resolved = new ArrayList<>();
                list.forEach(v -> resolved.add(entity(fact, article.id(), slot, String.valueOf(v))));
                lists.put(slot, resolved);
            } else if (value instanceof Boolean flag) {
                values.put(slot, new ResolvedFact.Value("flag:" + flag, flag));
            } else if (value != null && FactSlots.namesEntity(fact.type(), slot)) {
                values.put(slot, entity(fact, article.id(), slot, String.valueOf(value)));
            } else if (value != null) {
                values.put(slot, new ResolvedFact.Value("text:" + NameKeys.fold(String.valueOf(value)), value));
            }
        });
        return new ResolvedFact(fact, article, values, lists);
    }

    private ResolvedFact.Value entity(Fact fact, String articleId, String slot, String name) {
        return registry.resolve(articleId, name, FactSlots.types(fact.type(), slot))
                .map(e -> new ResolvedFact.Value(e.id(), e.name()))
                .orElseGet(() -> {
                    boolean loneSurname = FactSlots.namesPerson(fact.type(), slot) && NameKeys.words(name).size() < 2;
                    return new ResolvedFact.Value("name:" + NameKeys.fold(name) + (loneSurname ? "@" + articleId : ""), name);
                });
    }
}
