package org.newsfacts.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Deadlines a test ends itself: none passes until {@link #expireAll} says so, so no wall time decides a test of
 * the per-article time limit.
 */
public final class ManualDeadlines implements Deadlines {
    private final List<Runnable> running = new ArrayList<>();

    @Override
    public synchronized Started start(Duration limit, Runnable expired) {
        running.add(expired);
        return () -> {
            synchronized (this) {
                running.remove(expired);
            }
        };
    }

    /** Every analysis running now is over its limit. */
    public void expireAll() {
        List<Runnable> due;
        synchronized (this) {
            due = List.copyOf(running);
            running.clear();
        }
        due.forEach(Runnable::run);
    }
}
