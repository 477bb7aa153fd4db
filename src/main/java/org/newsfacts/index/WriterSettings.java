package org.newsfacts.index;

import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;

/**
 * How every writer of the index is configured (ingest, repair): one analyzer and one merge policy, so an index
 * has the same shape whichever command wrote it last.
 *
 * <p>The merge policy keeps the index in few segments, because a search pays per segment: every query term is
 * looked up in each segment's term dictionary for each field it searches, and the highlighter does so again per
 * hit. Lucene 9's default ({@code TieredMergePolicy} with 10 segments per tier and a 2 MB floor) leaves about 20
 * segments in an index of 100,000 articles; a 16 MB floor (Lucene 10's default) and 4 segments per tier leave
 * about 7. The price is paid once, at ingest: each article is rewritten by merges a few more times (merge factor
 * 4 instead of 10), which is small beside analysing it.
 */
final class WriterSettings {
    /** Segments per tier, and so the merge factor: fewer segments to search, more merging while writing. */
    static final double SEGMENTS_PER_TIER = 4;
    /** Segments below this size count as this size, so many small flushes merge early instead of piling up. */
    static final double FLOOR_SEGMENT_MB = 16;

    private WriterSettings() {
    }

    /** A writer configuration for {@code mode}, committing when the writer closes. */
    static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setSegmentsPerTier(SEGMENTS_PER_TIER);
        merges.setFloorSegmentMB(FLOOR_SEGMENT_MB);
        return new IndexWriterConfig(new FoldingAnalyzer())
                .setOpenMode(mode)
                .setMergePolicy(merges)
                .setCommitOnClose(true);
    }
}
