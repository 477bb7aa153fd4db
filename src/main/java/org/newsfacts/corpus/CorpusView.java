package org.newsfacts.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.newsfacts.json.Json;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.Entity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.FactType;
import org.newsfacts.model.MergedFact;
import org.newsfacts.model.Newest;

/**
 * The corpus as one body of knowledge, as the read-only commands ask it: the same answers whether they are
 * looked up in the corpus layer stored in the index ({@link StoredCorpus}) or recomputed from the analyses
 * ({@link Corpus}). Close it when done: a stored view holds the index open.
 */
public interface CorpusView extends Closeable {
    /**
     * Entities, most articles first (then mentions, name, id): of {@code type}, or of any type but DATE when
     * it is null; when {@code prefix} is given, only those whose name starts with it, in any case.
     */
    Stream<CorpusEntity> entities(EntityType type, String prefix);

    /** Every entity, dates included, most articles first. */
    Stream<CorpusEntity> allEntities();

    Optional<CorpusEntity> byId(String id);

    /**
     * The entities a user's name may mean, most articles first (see {@link EntityRegistry#find}); more
     * than one means the name is ambiguous.
     */
    List<CorpusEntity> find(String name) throws IOException;

    /** The articles naming an entity, oldest first (undated last). */
    List<ArticleRecord> articlesOf(String entityId) throws IOException;

    /** The merged facts an entity takes part in, in any slot (a crewmate's too), oldest first. */
    List<MergedFact> factsAbout(String entityId) throws IOException;

    /** The newest {@code n} dated of {@link #articlesOf} ({@link Newest#of}), with how many come before and after. */
    default Newest<ArticleRecord> newestArticlesOf(String entityId, int n) throws IOException {
        return Newest.of(articlesOf(entityId), n, a -> a.date() != null);
    }

    /**
     * The newest {@code n} of {@link #factsAbout} with a known year ({@link Newest#of}), with how many come
     * before and after.
     */
    default Newest<MergedFact> newestFactsAbout(String entityId, int n) throws IOException {
        return Newest.of(factsAbout(entityId), n, f -> FactDates.knownYear(f.date()));
    }

    /** The entity's own merged facts as a chronology: oldest first, unknown years after, undated last. */
    List<MergedFact> timeline(String entityId) throws IOException;

    /** Merged facts of one type (or all): by type, then oldest first, undated last, then id. */
    Stream<MergedFact> mergedFacts(FactType type);

    /**
     * {@link #mergedFacts}, each as its compact JSON ({@link Json#writeBytes}): one line of a JSON Lines
     * export. The stored layer hands over the JSON it keeps, so an export parses and writes nothing again.
     */
    default Stream<byte[]> mergedFactsJson(FactType type) {
        return mergedFacts(type).map(Json::writeBytes);
    }

    /**
     * The corpus entity each of one article's entities means there, as {@link EntityRegistry#resolve} decides
     * (in the article's own names first, then corpus-wide, of the entity's type): what an article page links to.
     */
    Function<Entity, Optional<CorpusEntity>> resolver(Analysis analysis);

    @Override
    default void close() throws IOException {
    }
}
