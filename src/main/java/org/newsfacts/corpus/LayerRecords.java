package org.newsfacts.corpus;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.StoredEntity;

/** The stored form of a corpus entity, made one way whether the layer is computed in full or updated. */
final class LayerRecords {
    private static final Comparator<ArticleRecord> OLDEST_FIRST =
            Comparator.comparing(ArticleRecord::date, Comparator.nullsLast(Comparator.naturalOrder()));

    private LayerRecords() {
    }

    /** Articles oldest first, undated last; articles of one date keep their corpus order. */
    static List<ArticleRecord> oldestFirst(List<String> ids, Function<String, ArticleRecord> articles) {
        return ids.stream().map(articles).sorted(OLDEST_FIRST).toList();
    }

    /** The record of a group, with its lookup forms and what an incremental update needs. */
    static StoredEntity entity(EntityGrouper.Group group, Function<String, ArticleRecord> articles) {
        CorpusEntity e = group.entity();
        List<String> words = NameKeys.words(e.name());
        String surname = e.type() == EntityType.PERSON && words.size() >= 2 ? words.get(words.size() - 1) : null;
        List<String> keys = group.keys().stream().sorted().toList();
        StoredEntity.Maintenance maintenance = new StoredEntity.Maintenance(group.baseId(),
                EntityGrouper.stem(group.baseId()), group.firstPath(), group.firstIndex(),
                List.copyOf(EntityGrouper.signatures(keys)), group.contributions());
        return new StoredEntity(e, oldestFirst(group.articles(), articles), keys, NameKeys.fold(e.name()),
                e.aliases().stream().map(NameKeys::fold).distinct().toList(), surname, maintenance);
    }
}
