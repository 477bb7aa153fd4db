package org.newsfacts.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.Article;
import org.newsfacts.model.ArticleRejectedException;

/**
 * Analyses articles on worker threads, each within the per-article time limit, and hands the results back in
 * submission order on the submitting thread. Java cannot stop a thread: CoreNLP polls for interrupts only
 * between annotators and sentences, our stages only between stages, so an analysis over its limit is
 * abandoned, not awaited: its article is reported, its worker is interrupted and left to end on its own, and
 * a fresh worker takes its place so the batch goes on. At most {@code threads} abandoned workers are
 * tolerated at once; past that their places are not refilled until one ends. So at most {@code 2 × threads}
 * analyses are ever alive, and at most {@code 2 × threads} results wait to be written. Public because the
 * Spark front end's tasks hold each article to the same limit, with the same rejection reason, this way.
 *
 * <p>The submitting thread never waits on a clock itself: it waits for an event (an analysis ended, a worker
 * was freed, a deadline passed), and {@link Deadlines} says when a deadline passes, so tests decide that
 * without racing the wall clock.
 */
public final class AnalysisWorkers implements AutoCloseable {

    /** Where results go; called on the thread that submits. */
    public interface Results {
        void analysed(Article article, boolean update, Analysis analysis) throws IOException;

        void rejected(Article article, String reason);
    }

    private final int threads;
    private final Duration limit;
    private final Deadlines deadlines;
    private final Supplier<ArticleAnalyzer> analyzers;
    private final Results results;
    private final ExecutorService pool;
    /** One permit per worker that may analyse on time; an abandoned worker gives its permit back when it can. */
    private final Semaphore workers;
    /** One permit per abandoned worker that may keep running past its limit. */
    private final Semaphore overrun;
    private final ArrayDeque<Task> inFlight = new ArrayDeque<>();
    /** Notified whenever an analysis ends (its worker freed) or a deadline passes: the submitter's reasons to wake. */
    private final Object events = new Object();
    private ArticleAnalyzer analyzer;

    /** @param analyzers supplies the analyzer, asked for (and its models loaded) at the first submission */
    public AnalysisWorkers(int threads, Duration limit, Supplier<ArticleAnalyzer> analyzers, Results results) {
        this(threads, limit, Deadlines.wallClock(), analyzers, results);
    }

    /** @param deadlines says when each analysis is over {@code limit}: the wall clock, or a test */
    public AnalysisWorkers(int threads, Duration limit, Deadlines deadlines, Supplier<ArticleAnalyzer> analyzers,
                           Results results) {
        this(threads, limit, deadlines, AnalysisWorkers::daemon, analyzers, results);
    }

    /** @param workerThreads makes the worker threads; a test may hold one back to decide when it starts */
    AnalysisWorkers(int threads, Duration limit, Deadlines deadlines, ThreadFactory workerThreads,
                    Supplier<ArticleAnalyzer> analyzers, Results results) {
        this.pool = Executors.newCachedThreadPool(workerThreads);
        this.threads = threads;
        this.limit = limit;
        this.deadlines = deadlines;
        this.analyzers = analyzers;
        this.results = results;
        this.workers = new Semaphore(threads);
        this.overrun = new Semaphore(threads);
    }

    /** Starts analysing {@code article} as soon as a worker is free, delivering whatever results are due meanwhile. */
    public void submit(Article article, boolean update) throws IOException {
        if (analyzer == null) {
            analyzer = analyzers.get();
        }
        analyzer.prepareFor(article); // a model load happens here, before the article's clock starts
        try {
            while (inFlight.size() >= 2 * threads) {
                deliverHead();
            }
            acquireWorker();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest interrupted", e);
        }
        Task task = new Task(article, update);
        ArticleAnalyzer current = analyzer;
        task.deadline = deadlines.start(limit, task::expire);
        task.future = pool.submit(() -> task.run(current));
        inFlight.add(task);
        while (!inFlight.isEmpty() && inFlight.peek().future.isDone()) {
            deliverHead();
        }
    }

    /** Delivers every outstanding result, waiting for each at most until its deadline. */
    public void finish() throws IOException {
        while (!inFlight.isEmpty()) {
            deliverHead();
        }
    }

    /** Interrupts whatever still runs; workers are daemon threads, so none keeps the process alive. */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** Waits for a free worker; the oldest task has the nearest deadline, so waiting past it means delivering it. */
    private void acquireWorker() throws IOException, InterruptedException {
        while (true) {
            Task head = inFlight.peek();
            if (head == null) {
                workers.acquire(); // every worker is abandoned and over its limit: wait for one to end
                return;
            }
            if (awaitWorkerBeforeTheEndOf(head)) {
                return;
            }
            deliverHead();
        }
    }

    /** True once a worker is taken; false, taking none, once {@code head} has ended or is over its limit. */
    private boolean awaitWorkerBeforeTheEndOf(Task head) throws InterruptedException {
        synchronized (events) {
            while (true) {
                if (head.outcome.isDone()) {
                    return false;
                }
                if (workers.tryAcquire()) {
                    return true;
                }
                if (head.expired) {
                    return false;
                }
                events.wait();
            }
        }
    }

    /** Waits until {@code task} has ended or is over its limit; an analysis that ended counts even if late. */
    private void awaitEndOrDeadline(Task task) throws InterruptedException {
        synchronized (events) {
            while (!task.outcome.isDone() && !task.expired) {
                events.wait();
            }
        }
    }

    private void signal() {
        synchronized (events) {
            events.notifyAll();
        }
    }

    private void deliverHead() throws IOException {
        Task task = inFlight.poll();
        try {
            awaitEndOrDeadline(task);
            if (!task.outcome.isDone()) {
                task.abandon();
                results.rejected(task.article, "analysis took longer than " + describe(limit));
                return;
            }
            task.deadline.cancel();
            results.analysed(task.article, task.update, task.outcome.get());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ArticleRejectedException rejected) {
                results.rejected(task.article, rejected.getMessage());
            } else if (cause instanceof Error error) {
                throw error; // out of memory and the like: not the article's fault
            } else {
                results.rejected(task.article, "analysis failed: " + cause);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest interrupted", e);
        }
    }

    /** Workers free to analyse on time now, and places left for abandoned ones: what a test checks is returned. */
    int freeWorkers() {
        return workers.availablePermits();
    }

    int freeOverrunPlaces() {
        return overrun.availablePermits();
    }

    /** {@code 2 s}, or {@code 250 ms} for limits that are not whole seconds. */
    static String describe(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    private static Thread daemon(Runnable runnable) {
        Thread thread = new Thread(runnable, "newsfacts-analyzer");
        thread.setDaemon(true); // an abandoned analysis must not keep the process alive after the batch
        return thread;
    }

    /** One article's analysis and who owns its permits: the worker until abandoned, then as {@link #abandon} says. */
    private final class Task {
        final Article article;
        final boolean update;
        /** Completed by the worker, before it gives back its permit and wakes the submitter. */
        final CompletableFuture<Analysis> outcome = new CompletableFuture<>();
        volatile Deadlines.Started deadline;
        volatile boolean expired;
        volatile Future<?> future;
        private boolean started;
        private boolean ended;
        private boolean abandoned;
        private boolean heldOverrun;

        Task(Article article, boolean update) {
            this.article = article;
            this.update = update;
        }

        /** Called by {@link Deadlines}: the submitter, woken, rejects the article unless it has ended by then. */
        void expire() {
            expired = true;
            signal();
        }

        void run(ArticleAnalyzer analyzer) {
            if (!begin()) {
                return; // abandoned before it began: abandon() gave its permit back
            }
            try {
                outcome.complete(analyzer.analyze(article));
            } catch (Throwable failure) { // handed to the submitter, which says what it means
                outcome.completeExceptionally(failure);
            } finally {
                ended();
                signal();
            }
        }

        /** False if the task was abandoned before its worker reached it: then it must not run at all. */
        private synchronized boolean begin() {
            if (ended) {
                return false;
            }
            started = true;
            return true;
        }

        private synchronized void ended() {
            ended = true;
            if (heldOverrun) {
                overrun.release();
            } else {
                workers.release(); // on time, or abandoned while no spare place was left
            }
        }

        /**
         * Lets the worker run on, interrupted, and gives its place to a fresh worker if the overrun budget allows.
         * A task whose worker has not begun it yet (its deadline can pass first, with a limit of a millisecond or
         * on a busy machine) never will: its permit comes back here, since no worker will ever end it.
         */
        void abandon() {
            synchronized (this) {
                if (!started && !ended) {
                    ended = true;
                    workers.release();
                } else if (!ended && !abandoned && overrun.tryAcquire()) {
                    heldOverrun = true;
                    workers.release();
                }
                abandoned = true;
            }
            future.cancel(true);
        }
    }
}
