package org.newsfacts.spark;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Where tasks leave their shards for the driver: a folder on any Hadoop file system (a local folder in local
 * mode, {@code hdfs://} or {@code s3a://} on a cluster), since an executor's local disk is not the driver's.
 * A task writes its shard on local disk (Lucene wants a real file system), then copies it here under a name
 * unique to the task attempt, so a failed attempt's shard never collides with, or replaces, the retry's.
 */
final class ShardStore {
    private final String root;

    /** @param root the staging folder, as a Hadoop path or URI */
    ShardStore(String root) {
        this.root = root;
    }

    String root() {
        return root;
    }

    /** Copies the local shard folder into the staging folder (and deletes the local copy); returns where. */
    String upload(File shard, String name) throws IOException {
        Path target = new Path(root, name);
        FileSystem fs = target.getFileSystem(new Configuration());
        fs.copyFromLocalFile(true, true, new Path(shard.getAbsoluteFile().toURI()), target);
        return fs.makeQualified(target).toString();
    }

    /**
     * The staged shard as a local folder: the folder itself when staging is local, otherwise a copy under
     * {@code scratch}.
     */
    File local(String location, File scratch) throws IOException {
        Path shard = new Path(location);
        FileSystem fs = shard.getFileSystem(new Configuration());
        URI uri = fs.makeQualified(shard).toUri();
        if ("file".equals(uri.getScheme())) {
            return new File(uri);
        }
        File copy = new File(scratch, shard.getName() + "-" + UUID.randomUUID());
        fs.copyToLocalFile(false, shard, new Path(copy.getAbsoluteFile().toURI()), true);
        return copy;
    }

    /** Removes the staging folder with every shard in it, failed attempts' included. */
    void delete() throws IOException {
        Path path = new Path(root);
        path.getFileSystem(new Configuration()).delete(path, true);
    }

    /** A local scratch folder for shards fetched from a remote staging folder. */
    static File scratch() throws IOException {
        return Files.createTempDirectory("newsfacts-spark-").toFile();
    }
}
