package org.newsfacts.pipeline;

import java.time.Duration;
import java.util.Map;
import org.newsfacts.model.FactType;

/**
 * What one ingest did, in counts only: the run never holds the articles themselves.
 *
 * @param nonEnglish articles indexed as text without NLP because they are not in English
 * @param tokens     tokens analysed in this run
 */
public record IngestSummary(long added, long updated, long unchanged, long rejected, long pruned, long nonEnglish,
                            long entities, Map<FactType, Long> facts, long tokens, Duration elapsed) {
    public IngestSummary {
        facts = Map.copyOf(facts);
    }

    public long analysed() {
        return added + updated;
    }

    public long factCount() {
        return facts.values().stream().mapToLong(Long::longValue).sum();
    }
}
