package org.newsfacts.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.newsfacts.ingest.StoredPath;

/**
 * {@code --prune}: the indexed articles whose file is gone, judged by the file itself, as {@code ingest}
 * judges them: an article of a JSON Lines file or a Parquet table ({@code dump.jsonl#3}, {@code wire.parquet#3})
 * is gone with its file; a path that cannot even be resolved is not proof that the file is gone. Checked on
 * the executors, which reach the same file systems as the tasks (paths in, the few gone ones out).
 */
final class GoneFiles {
    private GoneFiles() {
    }

    static List<String> of(JavaSparkContext jsc, Collection<String> indexedPaths) {
        if (indexedPaths.isEmpty()) {
            return List.of();
        }
        List<String> paths = new ArrayList<>(indexedPaths);
        int slices = Math.max(1, Math.min(jsc.defaultParallelism(), paths.size()));
        return jsc.parallelize(paths, slices).filter(p -> !exists(p)).collect();
    }

    static boolean exists(String stored) {
        String file = stored.replaceFirst("(?<=\\.jsonl|\\.parquet)#\\d+$", "");
        try {
            return HadoopFiles.isUri(file) && !file.startsWith("file:")
                    ? HadoopFiles.exists(file) : Files.exists(StoredPath.file(file));
        } catch (IOException | RuntimeException unreadable) {
            return true;
        }
    }
}
