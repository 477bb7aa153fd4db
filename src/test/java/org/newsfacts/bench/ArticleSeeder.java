package org.newsfacts.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.config.IngestConfig;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.ingest.ArticleFileReader;
import org.newsfacts.ingest.CorpusWalker;
import org.newsfacts.ingest.Ingested;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.Article;
import org.newsfacts.model.ArticleRecord;

/**
 * Indexes files exactly as ingest would read them (same paths, same content ids) but without any
 * analysis: no language detection, no entities, no facts. A following {@code newsfacts ingest} of the same
 * paths then finds every article unchanged, which is what the re-ingest benchmark times at scale.
 */
public final class ArticleSeeder {
    /** @return the number of articles indexed */
    public long seed(List<Path> roots, Path index) throws IOException {
        ArticleFileReader reader = new ArticleFileReader(IngestConfig.defaults());
        long seeded = 0;
        try (ArticleIndexer indexer = ArticleIndexer.open(new IndexConfig(index, 10_000))) {
            for (Path file : new CorpusWalker(IngestConfig.defaults()).files(roots).toList()) {
                for (Ingested item : reader.read(file)) {
                    if (item instanceof Ingested.Read read) {
                        Article a = read.article();
                        ArticleRecord record = new ArticleRecord(a.id(), a.path(), a.title(), a.date(), "en", a.sha256(),
                                a.text().split("\\s+").length);
                        indexer.put(new Analysis(record, List.of(), List.of()), a.text());
                        seeded++;
                    }
                }
            }
        }
        return seeded;
    }
}
