package org.newsfacts.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.newsfacts.corpus.Corpus;
import org.newsfacts.corpus.CorpusReader;
import org.newsfacts.search.AnalysisStore;
import org.newsfacts.search.ArticleSearcher;

/**
 * One commit of the index, open for the requests that use it: the searcher, the analysis store and,
 * built on first use, the corpus view. Reference-counted: {@link #close()} releases one request's hold;
 * the readers close when the snapshot is retired (a newer commit replaced it) and no request holds it.
 */
final class IndexSnapshot implements AutoCloseable {
    private final Path index;
    private final long generation;
    private final ArticleSearcher searcher;
    private final AnalysisStore store;
    private final Object corpusLock = new Object(); // not the hold counter's lock: a slow build must not stall searches
    private Corpus corpus;
    private int holds = 1; // the view's own hold, dropped by retire()

    private IndexSnapshot(Path index, long generation, ArticleSearcher searcher, AnalysisStore store) {
        this.index = index;
        this.generation = generation;
        this.searcher = searcher;
        this.store = store;
    }

    static IndexSnapshot open(Path index, long generation) throws IOException {
        ArticleSearcher searcher = ArticleSearcher.open(index);
        try {
            return new IndexSnapshot(index, generation, searcher, AnalysisStore.open(index));
        } catch (IOException | RuntimeException e) {
            searcher.close();
            throw e;
        }
    }

    long generation() {
        return generation;
    }

    ArticleSearcher searcher() {
        return searcher;
    }

    AnalysisStore store() {
        return store;
    }

    /**
     * The corpus-wide view (entities, merged facts), read once per commit through the corpus package.
     * It may come from a commit slightly newer than the searcher's, never an older one.
     */
    Corpus corpus() {
        synchronized (corpusLock) {
            if (corpus == null) {
                try {
                    corpus = CorpusReader.read(index);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return corpus;
        }
    }

    synchronized IndexSnapshot acquire() {
        holds++;
        return this;
    }

    synchronized void retire() {
        close();
    }

    /** Releases one hold; the last one closes the readers. */
    @Override
    public synchronized void close() {
        if (--holds == 0) {
            try {
                searcher.close();
                store.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
