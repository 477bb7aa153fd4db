package org.newsfacts.web;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Bounds the work of requests: at most one per core runs at once (at least two), a few dozen wait, and one
 * that runs over its time budget is answered 503 and interrupted. A search is CPU work on an index the page
 * cache holds: more workers than cores only slice each answer thinner, so every answer takes longer. Java
 * cannot stop a thread, so the abandoned work ends at its next interruption check, but the client no longer
 * waits.
 */
final class RequestBudget implements AutoCloseable {
    private static final int WORKERS = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final int WAITING = 64;

    private final Duration budget;
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(WAITING), runnable -> {
                Thread thread = new Thread(runnable, "newsfacts-web-work");
                thread.setDaemon(true);
                return thread;
            });

    RequestBudget(Duration budget) {
        this.budget = budget;
        pool.allowCoreThreadTimeOut(true);
    }

    /** Runs one request's work within the budget; its own exceptions pass through unchanged. */
    <T> T run(Callable<T> work) {
        Future<T> future;
        try {
            future = pool.submit(work);
        } catch (RejectedExecutionException e) {
            throw new BusyException("the server is busy: too many requests waiting, try again shortly");
        }
        try {
            return future.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new BusyException("the request took longer than " + budget.toSeconds() + " s; narrow the query or filters");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new BusyException("the server is stopping");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
