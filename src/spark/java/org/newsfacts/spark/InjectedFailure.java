package org.newsfacts.spark;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The failure a fault test injects into the first attempt of one task (after its shard was staged), so
 * Spark retries the task: proof that a retried task leaves neither a duplicate nor a missing article.
 */
final class InjectedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Failures thrown in this JVM: in local mode, the test's, so it can tell that a retry really happened. */
    private static final AtomicInteger THROWN = new AtomicInteger();

    private InjectedFailure(int partition) {
        super("injected failure in the first attempt of partition " + partition);
    }

    static InjectedFailure in(int partition) {
        THROWN.incrementAndGet();
        return new InjectedFailure(partition);
    }

    static int thrown() {
        return THROWN.get();
    }
}
