package org.newsfacts.cli;

import java.time.Duration;
import org.newsfacts.config.IngestConfig;
import picocli.CommandLine.Option;

/**
 * How an ingest reads and bounds its articles: the same options, with the same meaning and defaults, for
 * {@code newsfacts ingest} and {@code newsfacts-spark ingest}, so the two front ends cannot drift apart.
 */
public final class ArticleReadingOptions {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Date for articles whose file (or Parquet row) gives none.")
    String date;

    @Option(names = "--prune", description = "Drop indexed articles whose files (or Parquet tables) are gone.")
    boolean prune;

    @Option(names = "--max-bytes", paramLabel = "N",
            description = "Reject files larger than this; for a .jsonl file, which is streamed line by line, each "
                    + "record larger than this; for a Parquet table, each row whose text is (default: ${DEFAULT-VALUE}).")
    long maxBytes = IngestConfig.DEFAULT_MAX_BYTES;

    @Option(names = "--timeout", paramLabel = "TIME", converter = TimeLimitConverter.class, defaultValue = "120",
            description = "Per-article analysis time limit, in seconds or with a unit (500ms, 90s, 2m); an article "
                    + "over it is rejected and the rest goes on (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    /** The reading limits and the default date. */
    public IngestConfig ingestConfig() {
        return new IngestConfig(maxBytes, date);
    }

    /** The per-article analysis time limit. */
    public Duration timeout() {
        return timeout;
    }

    /** Whether indexed articles whose files are gone are dropped. */
    public boolean prune() {
        return prune;
    }
}
