package org.newsfacts.pipeline;

import java.time.Duration;

/**
 * Says when an analysis's time is up. In production the wall clock ends it its limit after it started; a test
 * ends it itself, at a point of its choosing, so whether an article is over its limit never depends on how busy
 * the machine is, and no test waits for a limit to pass.
 */
@FunctionalInterface
public interface Deadlines {
    /**
     * Starts the time of one analysis: {@code expired} is called once {@code limit} has run out (on another
     * thread), unless the deadline is cancelled first.
     */
    Started start(Duration limit, Runnable expired);

    /** A running deadline; cancelling it after it expired does nothing. */
    @FunctionalInterface
    interface Started {
        void cancel();
    }

    /** Each analysis ends its limit after it started, on the wall clock. */
    static Deadlines wallClock() {
        return WallClockDeadlines.INSTANCE;
    }
}
