package org.newsfacts.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * {@code newsfacts repair}: makes a damaged index whole again by dropping what cannot be read. Segments that
 * fail Lucene's checks are removed from the commit (every article in them is lost), then documents failing a
 * {@link IndexCheck.ConsistencyCheck} are deleted. What was lost is counted and, where the paths could still be
 * read, named, so that one {@code ingest} of those files adds them back. Holds the write lock throughout.
 */
public final class IndexRepair {

    /**
     * What {@code repair} did.
     *
     * @param lines     what was found and done, in plain words
     * @param lost      articles dropped from the index
     * @param lostPaths the stored paths of the dropped articles that could be read
     * @param repaired  whether the index is healthy now
     */
    public record Result(List<String> lines, long lost, Set<String> lostPaths, boolean repaired) {
    }

    private IndexRepair() {
    }

    /**
     * Repairs the index in {@code folder}.
     *
     * @throws IndexLockedException when an ingest is writing it
     */
    public static Result run(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        IndexFolder.State state;
        try {
            state = IndexFolder.inspect(folder);
        } catch (IndexDamagedException e) {
            lines.add("the commit point (segments_N) is missing: the segment files cannot be put back together");
            lines.add("move " + folder + " away and ingest your folders again into a new index");
            return new Result(lines, 0, Set.of(), false);
        }
        if (state != IndexFolder.State.INDEX) {
            lines.add("no index at " + folder + ": nothing to repair");
            return new Result(lines, 0, Set.of(), true);
        }
        long lost = 0;
        Set<String> lostPaths = new LinkedHashSet<>();
        try (Directory directory = FSDirectory.open(folder)) {
            try (Lock lock = obtainLock(folder, directory); CheckIndex checker = new CheckIndex(directory, lock)) {
                CheckIndex.Status status = IndexCheck.lucene(checker);
                IndexCheck.Report report = IndexCheck.report(folder, directory, status);
                if (status.missingSegments) {
                    lines.addAll(report.lines());
                    lines.add("move " + folder + " away and ingest your folders again into a new index");
                    return new Result(lines, 0, Set.of(), false);
                }
                if (!status.clean && status.numBadSegments > 0) {
                    lostPaths.addAll(report.lostPaths());
                    checker.exorciseIndex(status);
                    lost += status.totLoseDocCount;
                    lines.add("dropped " + IndexCheck.plural(status.numBadSegments, "damaged segment") + ": "
                            + IndexCheck.plural(status.totLoseDocCount, "article") + " lost");
                }
            }
            Set<String> failing = failingDocuments(directory);
            if (!failing.isEmpty()) {
                IndexWriterConfig config = WriterSettings.config(IndexWriterConfig.OpenMode.APPEND);
                try (IndexWriter writer = new IndexWriter(directory, config)) {
                    for (String path : failing) {
                        writer.deleteDocuments(new Term(ArticleFields.PATH, path));
                    }
                }
                lostPaths.addAll(failing);
                lost += failing.size();
                lines.add("deleted " + IndexCheck.plural(failing.size(), "article") + " whose stored analysis could not be read");
            }
            if (lost > 0) {
                markCorpusLayerStale(directory);
            }
        } catch (LockObtainFailedException e) {
            throw new IndexLockedException(folder, e);
        }
        IndexCheck.Report after = IndexCheck.run(folder);
        if (lost == 0 && !after.damaged()) {
            lines.add("nothing to repair: the index is healthy");
        } else {
            lines.add(after.damaged() ? "the index is still damaged:" : "the index is healthy now: " + IndexCheck.plural(after.articles(), "article"));
            if (after.damaged()) {
                lines.addAll(after.lines());
            }
        }
        return new Result(lines, lost, lostPaths, !after.damaged());
    }

    /** Articles were dropped: the stored corpus layer no longer matches them, so readers recompute it. */
    private static void markCorpusLayerStale(Directory directory) throws IOException {
        IndexWriterConfig config = WriterSettings.config(IndexWriterConfig.OpenMode.APPEND);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            writer.setLiveCommitData(Map.of(CorpusFields.COMMIT_STATE, CorpusFields.STALE).entrySet());
            writer.commit();
        }
    }

    private static Lock obtainLock(Path folder, Directory directory) throws IOException {
        try {
            return directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
        } catch (LockObtainFailedException e) {
            throw new IndexLockedException(folder, e);
        }
    }

    private static Set<String> failingDocuments(Directory directory) throws IOException {
        Set<String> failing = new LinkedHashSet<>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (IndexCheck.ConsistencyCheck check : IndexCheck.CHECKS) {
                failing.addAll(check.check(reader).paths());
            }
        }
        return failing;
    }
}
