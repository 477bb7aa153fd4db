package org.newsfacts.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.config.IngestConfig;
import org.newsfacts.config.NewsfactsConfig;
import org.newsfacts.config.NlpConfig;
import org.newsfacts.pipeline.ArticleAnalyzer;
import org.newsfacts.pipeline.IngestListener;
import org.newsfacts.pipeline.IngestPipeline;

/**
 * The child process of {@link KilledIngestTest}: a real ingest (walker, readers, CoreNLP, index writer, one
 * thread) that, once {@code PAUSE} files are done, prints {@code paused} on stdout and then waits for its stdin,
 * which the test never writes. The test thus acts while the ingest is provably mid-batch, holding the lock,
 * with no clock involved. Results are written on the ingest's own thread, so nothing reaches the index while
 * it waits. Arguments: {@code CORPUS INDEX COMMIT_EVERY PAUSE}.
 */
final class PausingIngest {
    private PausingIngest() {
    }

    public static void main(String[] args) throws IOException {
        NewsfactsConfig config = new NewsfactsConfig(IngestConfig.defaults(), NlpConfig.defaults(),
                new IndexConfig(Path.of(args[1]), Integer.parseInt(args[2])), 1);
        int pauseAfter = Integer.parseInt(args[3]);
        Supplier<ArticleAnalyzer> analyzer = new Supplier<>() {
            private ArticleAnalyzer loaded;

            @Override
            public ArticleAnalyzer get() {
                if (loaded == null) {
                    loaded = ArticleAnalyzer.standard(config.nlp(), false);
                }
                return loaded;
            }
        };
        IngestListener pause = new IngestListener() {
            private int done;

            @Override
            public void fileDone() {
                if (++done == pauseAfter) {
                    System.out.println("paused");
                    System.out.flush();
                    try {
                        System.in.read(); // until the test kills this process
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        };
        new IngestPipeline(config, analyzer, pause).run(List.of(Path.of(args[0])), false);
    }
}
