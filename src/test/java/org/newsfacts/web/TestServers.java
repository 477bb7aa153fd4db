package org.newsfacts.web;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The settings of the servers under test: the defaults, but a request budget of minutes instead of 20 s, so a
 * loaded machine makes a test slower and never makes it fail (the budget itself is RequestBudgetTest's).
 */
final class TestServers {
    private TestServers() {
    }

    static WebConfig config(Path index) {
        WebConfig defaults = WebConfig.defaults(index, WebConfig.DEFAULT_HOST, 0);
        return new WebConfig(defaults.index(), defaults.host(), defaults.port(), defaults.maxPageSize(),
                defaults.maxQueryLength(), Duration.ofMinutes(10));
    }
}
