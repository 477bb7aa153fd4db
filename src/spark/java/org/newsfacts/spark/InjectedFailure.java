package org.newsfacts.spark;

/**
 * The failure a fault test injects into the first attempt of one task (after its shard was staged), so
 * Spark retries the task: proof that a retried task leaves neither a duplicate nor a missing article.
 */
final class InjectedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InjectedFailure(int partition) {
        super("injected failure in the first attempt of partition " + partition);
    }
}
