package org.newsfacts.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.index.CorpusLayerBuilder;
import org.newsfacts.index.CorpusLayerSource;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.FactType;

/**
 * The corpus layer updated incrementally, commit after commit, through adds, changes, moves and prunes, is
 * record for record what a full recomputation from the same articles gives; and no commit needed one.
 * Each test has its own index, so where tests run in parallel ({@code -P fast}) these run beside each other:
 * the first is the longest test of the quick loop, and the others need not wait for it.
 */
@Execution(ExecutionMode.CONCURRENT)
class IncrementalLayerTest {
    /**
     * Batches of random operations: the full run (CI) takes eight; the quick loop ({@code mvn test -P fast}, which
     * sets {@code newsfacts.fastLoop}) the first three of the same sequence, which still add, change, move and
     * delete files a dozen times each (asserted below), at three eighths of the cost.
     */
    private static final int BATCHES = Boolean.getBoolean("newsfacts.fastLoop") ? 3 : 8;

    @TempDir
    Path index;

    /** The factory's builder, counting how often the layer was computed in full and updated. */
    private static final class Counting implements CorpusLayerBuilder {
        private final CorpusLayerBuilder real = CorpusLayerFactory.of(AnalysisBuilder.GAZETTEER);
        final AtomicInteger builds = new AtomicInteger();
        final AtomicInteger updates = new AtomicInteger();

        @Override
        public Records build(List<Analysis> articles) {
            builds.incrementAndGet();
            return real.build(articles);
        }

        @Override
        public Optional<Update> update(CorpusLayerSource layer, Set<String> changed) throws IOException {
            Optional<Update> update = real.update(layer, changed);
            update.ifPresent(u -> updates.incrementAndGet());
            return update;
        }
    }

    @Test
    void incrementalUpdatesEqualTheFullRecomputationAfterAddsChangesMovesAndPrunes() throws IOException {
        RandomArticles articles = new RandomArticles(11);
        Random random = new Random(5);
        Map<String, AnalysisBuilder> byPath = new LinkedHashMap<>();
        Counting builder = new Counting();
        int[] operationsOfKind = new int[4];
        int next = 0;
        for (int batch = 0; batch < BATCHES; batch++) {
            try (ArticleIndexer indexer = ArticleIndexer.open(new IndexConfig(index, 7), builder)) {
                int operations = batch == 0 ? 60 : 25;
                for (int op = 0; op < operations; op++) {
                    int kind = batch == 0 || byPath.size() < 10 ? 0 : random.nextInt(4);
                    List<String> paths = new ArrayList<>(byPath.keySet());
                    String existing = paths.isEmpty() ? null : paths.get(random.nextInt(paths.size()));
                    operationsOfKind[kind]++;
                    switch (kind) {
                        case 0 -> { // a new file
                            String path = String.format("news/%03d.txt", next++);
                            put(indexer, byPath, path, articles.next(path));
                        }
                        case 1 -> put(indexer, byPath, existing, articles.next(existing)); // the file changed
                        case 2 -> { // the same text moved to another path
                            AnalysisBuilder moved = byPath.remove(existing);
                            String path = String.format("moved/%03d.txt", next++);
                            put(indexer, byPath, path, moved.at(path));
                        }
                        default -> { // the file was deleted
                            indexer.deletePath(existing);
                            byPath.remove(existing);
                        }
                    }
                }
            }
            assertSameAsFullRecomputation("after batch " + batch);
        }
        assertEquals(0, builder.builds.get(), "no commit fell back to the full computation");
        assertTrue(builder.updates.get() >= BATCHES * 3, "updates: " + builder.updates.get());
        assertTrue(Arrays.stream(operationsOfKind).allMatch(n -> n >= 10),
                "adds, changes, moves, deletes: " + Arrays.toString(operationsOfKind));
    }

    @Test
    void aLayerComputedInFullIsThenUpdatedIncrementally() throws IOException {
        RandomArticles articles = new RandomArticles(3);
        Map<String, AnalysisBuilder> byPath = new LinkedHashMap<>();
        try (ArticleIndexer indexer = ArticleIndexer.open(new IndexConfig(index, 1000))) { // no builder: layer stale
            for (int i = 0; i < 40; i++) {
                put(indexer, byPath, "a/" + i + ".txt", articles.next("a/" + i + ".txt"));
            }
        }
        Counting builder = new Counting();
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(index), builder)) {
            indexer.rebuildCorpus(); // reindex-corpus
        }
        assertSameAsFullRecomputation("after reindex-corpus");
        try (ArticleIndexer indexer = ArticleIndexer.open(new IndexConfig(index, 3), builder)) {
            for (int i = 0; i < 10; i++) {
                put(indexer, byPath, "a/" + i + ".txt", articles.next("a/" + i + ".txt"));
                indexer.deletePath("a/" + (39 - i) + ".txt");
            }
        }
        assertSameAsFullRecomputation("after changes and prunes");
        assertEquals(1, builder.builds.get(), "only reindex-corpus computed the layer in full");
    }

    /**
     * "Nova'Lab", "Nova Lab" and "Nova Lab 2" are three entities (their folded names differ) whose ids collide
     * ("org:nova-lab", then "-2" suffixes in corpus order): an article earlier in path order that names the
     * second takes the plain id from the first, which no changed article names, and facts naming it follow.
     */
    @Test
    void entitiesWhoseIdsCollideAreRenamedAsTheFullComputationWould() throws IOException {
        Counting builder = new Counting();
        Map<String, AnalysisBuilder> byPath = new LinkedHashMap<>();
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(index), builder)) {
            put(indexer, byPath, "b/2.txt", nova("n2", "2031-04-01", "Nova'Lab"));
            put(indexer, byPath, "b/3.txt", nova("n3", "2031-04-02", "Nova Lab"));
            put(indexer, byPath, "b/4.txt", nova("n4", "2031-04-03", "Nova Lab 2"));
        }
        assertSameAsFullRecomputation("three colliding ids");
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(index), builder)) {
            put(indexer, byPath, "b/1.txt", nova("n1", "2031-04-04", "Nova Lab"));
        }
        assertSameAsFullRecomputation("an earlier article claims the plain id");
        try (CorpusView view = CorpusReader.open(index, AnalysisBuilder.GAZETTEER)) {
            assertEquals("Nova Lab", view.byId("org:nova-lab").orElseThrow().name());
            assertEquals("Nova'Lab", view.byId("org:nova-lab-2").orElseThrow().name());
        }
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(index), builder)) {
            indexer.deletePath("b/1.txt");
            put(indexer, byPath, "b/0.txt", nova("n0", "2031-04-05", "Nova Lab 2"));
        }
        assertSameAsFullRecomputation("pruned, and the third claims first");
        assertEquals(0, builder.builds.get());
    }

    /** Articles merged in from shards (a distributed ingest) update the layer like put ones. */
    @Test
    void articlesAddedFromShardsUpdateTheLayerIncrementally(@TempDir Path shards) throws IOException {
        RandomArticles articles = new RandomArticles(17);
        Map<String, AnalysisBuilder> byPath = new LinkedHashMap<>();
        Counting builder = new Counting();
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(index), builder)) {
            for (int i = 0; i < 20; i++) {
                put(indexer, byPath, "s/" + i + ".txt", articles.next("s/" + i + ".txt"));
            }
        }
        Path shard = shards.resolve("0");
        try (ArticleIndexer writer = ArticleIndexer.open(IndexConfig.at(shard))) { // shards hold no layer
            for (int i = 15; i < 30; i++) { // five files changed, ten new
                AnalysisBuilder a = articles.next("s/" + i + ".txt");
                writer.put(a.build(), a.text());
            }
        }
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(index), builder)) {
            assertEquals(15, indexer.addShards(List.of(shard)));
        }
        assertSameAsFullRecomputation("after adding a shard");
        assertEquals(0, builder.builds.get());
    }

    private static AnalysisBuilder nova(String id, String date, String lab) {
        return AnalysisBuilder.article(id, date).entity(EntityType.ORGANIZATION, lab, 2)
                .entity(EntityType.ORGANIZATION, "Delta Works", 1).person("Olga Varga")
                .fact(FactType.AGREEMENT, date, "parties", List.of(lab, "Delta Works"), "subject", "seat swap")
                .fact(FactType.ROLE, date, "person", "Olga Varga", "title", "chief engineer", "organization", lab);
    }

    private static void put(ArticleIndexer indexer, Map<String, AnalysisBuilder> byPath, String path, AnalysisBuilder a)
            throws IOException {
        a.at(path);
        indexer.put(a.build(), a.text());
        byPath.values().removeIf(other -> other.id().equals(a.id()));
        byPath.put(path, a);
    }

    private void assertSameAsFullRecomputation(String when) throws IOException {
        CorpusViews.assertLayerIsFullRecomputation(index, AnalysisBuilder.GAZETTEER, when);
    }
}
