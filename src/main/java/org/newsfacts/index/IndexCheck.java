package org.newsfacts.index;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.NoLockFactory;

/**
 * {@code newsfacts check}: Lucene's {@link CheckIndex} over every segment (checksums, postings, stored fields,
 * doc values), then our own consistency checks over the documents ({@link ConsistencyCheck}; today: every
 * stored analysis parses). Read-only and lock-free, like a search: it reports on the last commit.
 *
 * <p>New document kinds add a {@link ConsistencyCheck} to {@link #CHECKS}; the report and {@link IndexRepair}
 * need no change.
 */
public final class IndexCheck {
    /** The checks beyond Lucene's, run in order over the last commit when its segments open. */
    static final List<ConsistencyCheck> CHECKS = List.of(new StoredAnalysesCheck());

    /**
     * One consistency check over the documents of an index.
     */
    public interface ConsistencyCheck {
        /** What is checked, in plain words ("every stored analysis parses"). */
        String description();

        /** The articles (paths) whose documents fail the check, with the first reason; empty when all pass. */
        Problems check(DirectoryReader reader) throws IOException;
    }

    /**
     * Articles that fail a check.
     *
     * @param paths   the paths of the failing articles, as stored
     * @param example one reason, for the report
     */
    public record Problems(Set<String> paths, String example) {
        public static final Problems NONE = new Problems(Set.of(), null);
    }

    /**
     * What {@code check} found.
     *
     * @param articles      articles in the last commit (0 when it cannot be read)
     * @param segments      segments in the last commit
     * @param lines         the report, in plain words, one finding per line
     * @param damaged       whether anything is wrong
     * @param lostArticles  articles that {@code repair} would drop (broken segments plus failing documents)
     * @param lostPaths     the paths of those articles, where they could still be read
     */
    public record Report(long articles, int segments, List<String> lines, boolean damaged, long lostArticles,
                         Set<String> lostPaths) {
    }

    private IndexCheck() {
    }

    /** Checks the index in {@code folder} without taking its lock. */
    public static Report run(Path folder) throws IOException {
        IndexFolder.State state = IndexFolder.inspect(folder); // a missing commit point throws IndexDamagedException
        List<String> lines = new ArrayList<>();
        if (state != IndexFolder.State.INDEX) {
            lines.add("no index yet (run newsfacts ingest)");
            return new Report(0, 0, lines, false, 0, Set.of());
        }
        try (Directory directory = FSDirectory.open(folder)) {
            Lock none = NoLockFactory.INSTANCE.obtainLock(directory, "write.lock");
            try (CheckIndex checker = new CheckIndex(directory, none)) {
                CheckIndex.Status status = lucene(checker);
                return report(folder, directory, status);
            }
        }
    }

    /** Runs Lucene's checks quietly on one thread. */
    static CheckIndex.Status lucene(CheckIndex checker) throws IOException {
        checker.setInfoStream(new PrintStream(OutputStream.nullOutputStream()));
        checker.setThreadCount(1);
        return checker.checkIndex();
    }

    static Report report(Path folder, Directory directory, CheckIndex.Status status) throws IOException {
        List<String> lines = new ArrayList<>();
        if (status.missingSegments) {
            lines.add("damaged: the commit point " + (status.segmentsFileName == null ? "segments_N" : status.segmentsFileName)
                    + " cannot be read");
            return new Report(0, 0, lines, true, 0, Set.of());
        }
        long articles = 0;
        Set<String> broken = new TreeSet<>();
        for (CheckIndex.Status.SegmentInfoStatus segment : status.segmentInfos) {
            if (segment.error != null) {
                broken.add(segment.name);
                lines.add("damaged: segment " + segment.name + " (" + plural(segment.toLoseDocCount, "article") + "): "
                        + firstLine(segment.error));
            } else {
                articles += segment.maxDoc - (segment.liveDocStatus == null ? 0 : segment.liveDocStatus.numDeleted);
            }
        }
        Set<String> lostPaths = new LinkedHashSet<>();
        long lost = status.totLoseDocCount;
        if (broken.isEmpty()) {
            lines.add("Lucene: " + plural(status.numSegments, "segment") + ", every file and structure intact");
        }
        boolean pathsKnown = true;
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            articles = reader.numDocs() - corpusLayerDocuments(reader);
            for (LeafReaderContext leaf : reader.leaves()) {
                if (broken.contains(segmentName(leaf.reader()))) {
                    try {
                        lostPaths.addAll(ArticleIds.paths(leaf.reader()));
                    } catch (IOException | RuntimeException unreadable) {
                        pathsKnown = false;
                    }
                }
            }
            if (broken.isEmpty()) {
                for (ConsistencyCheck check : CHECKS) {
                    Problems problems = check.check(reader);
                    if (problems.paths().isEmpty()) {
                        lines.add(check.description() + ": yes, all " + plural(articles, "article"));
                    } else {
                        lines.add("damaged: " + check.description() + ": no, " + plural(problems.paths().size(), "article")
                                + " fail (" + problems.example() + ")");
                        lostPaths.addAll(problems.paths());
                        lost += problems.paths().size();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            pathsKnown = false;
            if (broken.isEmpty()) {
                lines.add("damaged: the index cannot be opened: " + firstLine(e));
                return new Report(0, status.numSegments, lines, true, 0, Set.of());
            }
        }
        if (!broken.isEmpty() && !pathsKnown) {
            lines.add("the paths of the articles in the damaged segments cannot be read");
        }
        boolean damaged = !broken.isEmpty() || lost > 0;
        lines.add(0, "index " + folder + ": " + plural(articles, "article") + " in " + plural(status.numSegments, "segment"));
        return new Report(articles, status.numSegments, lines, damaged, lost, lostPaths);
    }

    /** The corpus layer's entity and merged-fact documents, which share the index but are not articles. */
    private static int corpusLayerDocuments(IndexReader reader) throws IOException {
        return new IndexSearcher(reader).count(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(CorpusFields.KIND, CorpusFields.KIND_ENTITY)), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(CorpusFields.KIND, CorpusFields.KIND_FACT)), BooleanClause.Occur.SHOULD).build());
    }

        static String segmentName(LeafReader reader) {
        LeafReader unwrapped = FilterLeafReader.unwrap(reader);
        return unwrapped instanceof SegmentReader segment ? segment.getSegmentName() : "";
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
