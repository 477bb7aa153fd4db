package org.newsfacts.pipeline;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Deadlines on the wall clock: one daemon timer thread for the whole process, which only flags a deadline
 * (the submitting thread does the rest), so one thread serves any number of workers.
 */
final class WallClockDeadlines implements Deadlines {
    static final WallClockDeadlines INSTANCE = new WallClockDeadlines();

    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "newsfacts-deadlines");
        thread.setDaemon(true); // a pending deadline must not keep the process alive
        return thread;
    });

    private WallClockDeadlines() {
        timer.setRemoveOnCancelPolicy(true); // an analysis done on time does not stay queued until its deadline
    }

    @Override
    public Started start(Duration limit, Runnable expired) {
        ScheduledFuture<?> deadline = timer.schedule(expired, nanos(limit), TimeUnit.NANOSECONDS);
        return () -> deadline.cancel(false);
    }

    /** The limit in nanoseconds; limits past what a long holds (292 years) are as good as none. */
    private static long nanos(Duration limit) {
        return limit.getSeconds() >= Long.MAX_VALUE / 1_000_000_000L ? Long.MAX_VALUE : limit.toNanos();
    }
}
