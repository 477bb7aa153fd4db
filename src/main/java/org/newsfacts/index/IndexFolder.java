package org.newsfacts.index;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognises an index folder before anything reads or writes it. Lucene's writer deletes every file whose
 * name looks like one of its own ({@code _notes.txt}, {@code pending_segments_x}), and its reader fails on
 * names like {@code segments_backup.txt}; so a new index is only ever created in a missing or empty folder,
 * and marked there by a small {@value #MARKER} file (index format, newsfacts version). A folder holding
 * anything else is refused, with its name and the reason, before Lucene sees it.
 *
 * <p>An index written before the marker existed (only Lucene's own files and a commit point) is still
 * recognised, and marked by the next ingest.
 */
public final class IndexFolder {
    /** The marker file: plain {@code key=value} lines. Lucene never touches it (no {@code _} or {@code segments} prefix). */
    public static final String MARKER = "newsfacts-index.properties";
    /** The layout of documents in the index; a reader refuses a newer one. */
    public static final int FORMAT = 1;
    static final String NEWSFACTS_VERSION = "0.1.0";

    /** Extensions of the files Lucene 9's codecs write, and of its temporary files. */
    private static final Set<String> LUCENE_EXTENSIONS = Set.of("si", "cfs", "cfe", "fnm", "fdt", "fdx", "fdm",
            "tvd", "tvx", "tvm", "tim", "tip", "tmd", "doc", "pos", "pay", "psm", "nvd", "nvm", "dvd", "dvm",
            "kdd", "kdi", "kdm", "dii", "dim", "vec", "vem", "veq", "vemq", "vex", "vemf", "liv", "tmp");
    private static final Pattern SEGMENT_FILE = Pattern.compile("_[0-9a-z]+(_[A-Za-z0-9_-]+)?\\.([a-z]+)");
    private static final Pattern COMMIT = Pattern.compile("segments_[0-9a-z]+");
    private static final Pattern PENDING = Pattern.compile("pending_segments_[0-9a-z]+");
    private static final String LOCK = "write.lock";

    /** What a folder holds, judged from its file names and marker only. */
    public enum State {
        /** No such folder. */
        MISSING,
        /** A folder with no index yet (empty, or holding only the marker or unrelated files beside it). */
        EMPTY,
        /** A folder holding a committed index. */
        INDEX
    }

    private IndexFolder() {
    }

    /**
     * What {@code folder} holds.
     *
     * @throws NotAnIndexException    when it is a file, or a folder holding files that are not a newsfacts index
     * @throws IndexDamagedException when it is marked as an index but its commit point is gone
     */
    public static State inspect(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return State.MISSING; // or a file: no index there either; a writer refuses it by name
        }
        List<String> names = names(folder);
        boolean marked = names.contains(MARKER);
        if (marked) {
            checkFormat(folder);
        }
        List<String> strange = new ArrayList<>();
        boolean committed = false;
        boolean segments = false;
        for (String name : names) {
            if (name.equals(MARKER) || name.equals(LOCK)) {
                continue;
            }
            if (COMMIT.matcher(name).matches()) {
                committed = true;
            } else if (isSegmentFile(name)) {
                segments = true;
            } else if (looksLikeLucene(name) && !(marked && PENDING.matcher(name).matches())) {
                strange.add(name); // Lucene's name, but no index of ours left it here
            }
        }
        if (!strange.isEmpty()) {
            // with these, Lucene would delete the user's file (writer) or fail on its name (reader)
            throw new NotAnIndexException(folder, "holds " + listed(strange) + ", which "
                    + (strange.size() == 1 ? "is" : "are") + " not part of a newsfacts index: move "
                    + (strange.size() == 1 ? "it" : "them") + " out, or choose another folder with --index");
        }
        if (committed) {
            return State.INDEX;
        }
        if (segments) {
            // segment files without a commit point: a writer would delete them as unreferenced
            throw new IndexDamagedException(folder, new IOException("segment files but no commit point (segments_N)"));
        }
        return State.EMPTY;
    }

    /**
     * Makes {@code folder} ready for a writer: creates it when missing, refuses anything but an empty folder or
     * an index, and writes the marker when absent.
     */
    public static void prepareForWriting(Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new NotAnIndexException(folder, "is a file, not a folder");
        }
        State state = inspect(folder);
        if (state == State.MISSING) {
            Files.createDirectories(folder);
        } else if (state == State.EMPTY && !Files.exists(folder.resolve(MARKER))) {
            List<String> other = names(folder);
            if (!other.isEmpty()) {
                throw new NotAnIndexException(folder, "is not a newsfacts index (it holds other files, such as "
                        + listed(other) + "): give an empty or new folder with --index");
            }
        }
        if (!Files.exists(folder.resolve(MARKER))) {
            writeMarker(folder);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void writeMarker(Path folder) throws IOException {
        Path temp = folder.resolve("." + MARKER + ".tmp");
        Files.writeString(temp, "# a newsfacts index: Lucene files below are managed by newsfacts\nformat=" + FORMAT
                + "\nnewsfacts=" + NEWSFACTS_VERSION + "\n", StandardCharsets.UTF_8);
        Files.move(temp, folder.resolve(MARKER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void checkFormat(Path folder) throws IOException {
        Properties marker = new Properties();
        try (Reader in = new StringReader(Files.readString(folder.resolve(MARKER), StandardCharsets.UTF_8))) {
            marker.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new NotAnIndexException(folder, "has an unreadable " + MARKER + ": " + e.getMessage());
        }
        String format = marker.getProperty("format", "");
        int version;
        try {
            version = Integer.parseInt(format.strip());
        } catch (NumberFormatException e) {
            throw new NotAnIndexException(folder, "has a " + MARKER + " without a valid format line ('" + format + "')");
        }
        if (version > FORMAT) {
            throw new NotAnIndexException(folder, "was written by a newer newsfacts (" + marker.getProperty("newsfacts", "?")
                    + ", index format " + version + "; this one reads format " + FORMAT + ")");
        }
    }

    static boolean isSegmentFile(String name) {
        var m = SEGMENT_FILE.matcher(name);
        return m.matches() && LUCENE_EXTENSIONS.contains(m.group(2));
    }

    /** Names Lucene's file deleter or commit reader would take for its own. */
    private static boolean looksLikeLucene(String name) {
        return name.startsWith("_") || name.startsWith("segments") || name.startsWith("pending_segments");
    }

    private static String listed(List<String> names) {
        List<String> shown = names.stream().limit(3).map(n -> "'" + n + "'").toList();
        return String.join(", ", shown) + (names.size() > 3 ? " and " + (names.size() - 3) + " more" : "");
    }
}
