package org.newsfacts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.UsageException;

/** A request's work is bounded: never-ending work answers busy, a request's own errors pass through. */
class RequestBudgetTest {
    @Test
    void workThatNeverEndsIsAnsweredBusyAndInterrupted() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        try (RequestBudget budget = new RequestBudget(Duration.ofMillis(200))) {
            BusyException busy = assertThrows(BusyException.class, () -> budget.run(() -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return null;
            }));
            assertTrue(busy.getMessage().contains("took longer than"), busy.getMessage());
            interrupted.await(); // the abandoned work was told to stop
        }
    }

    @Test
    void aRequestsOwnErrorsAndResultsPassThroughUnchanged() {
        try (RequestBudget budget = new RequestBudget(Duration.ofMinutes(5))) {
            assertEquals(42, budget.run(() -> 42));
            UsageException bad = assertThrows(UsageException.class, () -> budget.run(() -> {
                throw new UsageException("bad query");
            }));
            assertEquals("bad query", bad.getMessage());
        }
    }
}
