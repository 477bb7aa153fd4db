package org.newsfacts.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.newsfacts.corpus.CorpusReader;
import org.newsfacts.corpus.CorpusView;
import org.newsfacts.search.AnalysisStore;
import org.newsfacts.search.ArticleSearcher;

/**
 * One commit of the index, open for the requests that use it: the searcher, the analysis store and,
 * opened on first use, the corpus view (the stored corpus layer, looked up per request) with the one answer
 * worth keeping per commit, the overview. Reference-counted: {@link #close()} releases one request's hold;
 * the readers close when the snapshot is retired (a newer commit replaced it) and no request holds it.
 */
final class IndexSnapshot implements AutoCloseable {
    private final Path index;
    private final long generation;
    private final ArticleSearcher searcher;
    private final AnalysisStore store;
    private final Object corpusLock = new Object(); // not the hold counter's lock: a slow open must not stall searches
    private CorpusView corpus;
    private final Object overviewLock = new Object(); // the overview's pass must not stall the corpus's lookups
    private Views.Overview overview;
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
     * The corpus-wide view (entities, merged facts), opened once per commit as the CLI opens it: the stored
     * corpus layer, whose lookups cost what their answer holds (recomputed only for an index without a fresh
     * layer). It may come from a commit slightly newer than the searcher's, never an older one. Valid while
     * the caller holds this snapshot.
     */
    CorpusView corpus() {
        synchronized (corpusLock) {
            if (corpus == null) {
                try {
                    corpus = CorpusReader.open(index);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return corpus;
        }
    }

    /** The overview of this commit, computed by {@code compute} on first use (one pass over the layer), then kept. */
    Views.Overview overview(Supplier<Views.Overview> compute) {
        synchronized (overviewLock) {
            if (overview == null) {
                overview = compute.get();
            }
            return overview;
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
                synchronized (corpusLock) {
                    if (corpus != null) {
                        corpus.close();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
