package org.newsfacts.spark;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.newsfacts.ingest.ArticleFileReader;
import org.newsfacts.ingest.CorpusWalker;
import org.newsfacts.ingest.Ingested;
import org.newsfacts.ingest.StoredPath;
import org.newsfacts.model.Article;

/**
 * Article files and folders named by a Hadoop URI ({@code hdfs://}, {@code s3a://}, {@code file:}...), read
 * through Hadoop's {@link FileSystem} API: the driver lists a folder (paths only, walked as {@code ingest}
 * walks a local one: visible files in supported formats, in name order), and a task copies each file to its
 * local disk and reads it with the same {@link ArticleFileReader} as {@code ingest}, so every format, limit and
 * rejection reason is the same. Articles and rejections are named by the file's URI, not the local copy.
 */
final class HadoopFiles {
    private static final Pattern URI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:/.*");
    private static final Comparator<Path> WALK_ORDER = (a, b) -> compareSegments(a.toUri().getPath(), b.toUri().getPath());

    private HadoopFiles() {
    }

    /** Whether an input names a Hadoop path by URI (a plain path is read from the local file system). */
    static boolean isUri(String input) {
        return URI.matcher(input).matches();
    }

    /**
     * The files an input names: every article file under a folder, walked recursively; the file itself; or the
     * input as given when it does not exist (reading it then rejects it).
     */
    static List<String> list(String input) throws IOException {
        Path root = new Path(input);
        FileSystem fs = root.getFileSystem(new Configuration());
        FileStatus status;
        try {
            status = fs.getFileStatus(root);
        } catch (FileNotFoundException e) {
            return List.of(input);
        }
        if (!status.isDirectory()) {
            return List.of(fs.makeQualified(root).toString());
        }
        Path qualified = fs.makeQualified(root);
        int depth = qualified.depth();
        List<Path> files = new ArrayList<>();
        for (RemoteIterator<LocatedFileStatus> it = fs.listFiles(qualified, true); it.hasNext(); ) {
            Path file = it.next().getPath();
            if (visible(file, depth) && CorpusWalker.reads(file.getName())) {
                files.add(file);
            }
        }
        files.sort(WALK_ORDER);
        return files.stream().map(Path::toString).toList();
    }

    /** What the file holds, read as {@code ingest} reads a local file; close the stream to delete the local copy. */
    static Stream<Ingested> read(String uri, ArticleFileReader reader) {
        Path remote = new Path(uri);
        File folder = null;
        try {
            FileSystem fs = remote.getFileSystem(new Configuration());
            FileStatus status;
            try {
                status = fs.getFileStatus(remote);
            } catch (FileNotFoundException e) {
                return Stream.of(new Ingested.Rejected(uri, "no such file or directory"));
            }
            if (status.isDirectory()) {
                return Stream.of(new Ingested.Rejected(uri, "is a directory"));
            }
            folder = Files.createTempDirectory("newsfacts-input-").toFile();
            File local = new File(folder, remote.getName());
            fs.copyToLocalFile(false, remote, new Path(local.toURI()), true);
            String localPath = StoredPath.forFile(local.toPath());
            File copied = folder;
            return reader.stream(local.toPath()).map(item -> renamed(item, localPath, uri)).onClose(() -> delete(copied));
        } catch (IOException e) {
            delete(folder);
            return Stream.of(new Ingested.Rejected(uri, "cannot read: " + e.getMessage()));
        }
    }

    /** Whether a Hadoop path (any file system) exists, for {@code --prune}. */
    static boolean exists(String uri) throws IOException {
        Path path = new Path(uri);
        return path.getFileSystem(new Configuration()).exists(path);
    }

    /** The item as read from the local copy, named by the remote file instead ({@code copy.jsonl#3} → {@code uri#3}). */
    private static Ingested renamed(Ingested item, String local, String uri) {
        if (item instanceof Ingested.Read read) {
            Article a = read.article();
            return new Ingested.Read(new Article(a.id(), rename(a.path(), local, uri), a.title(), a.date(), a.url(),
                    a.text(), a.sha256()));
        }
        Ingested.Rejected r = (Ingested.Rejected) item;
        return new Ingested.Rejected(rename(r.path(), local, uri), r.reason());
    }

    private static String rename(String path, String local, String uri) {
        return path.startsWith(local) ? uri + path.substring(local.length()) : path;
    }

    /** No folder below the root, nor the file, hidden (a leading dot), as the local walk skips them. */
    private static boolean visible(Path file, int rootDepth) {
        for (Path p = file; p != null && p.depth() > rootDepth; p = p.getParent()) {
            if (p.getName().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** Folder by folder, names in order: the order of the local walk, where "a/b/x" comes before "a/b-c/y". */
    private static int compareSegments(String a, String b) {
        List<String> x = Arrays.asList(a.split("/"));
        List<String> y = Arrays.asList(b.split("/"));
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = x.get(i).compareTo(y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    private static void delete(File folder) {
        if (folder == null) {
            return;
        }
        try {
            LocalFolders.delete(folder.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
