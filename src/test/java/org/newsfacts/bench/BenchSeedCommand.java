package org.newsfacts.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench seed PATH... --index DIR}: index files as read, without analysis. */
@Command(name = "seed", mixinStandardHelpOptions = true,
        description = "Index articles as read, without NLP, so a following ingest finds them unchanged.")
final class BenchSeedCommand implements Callable<Integer> {
    @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
    Path index;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        long seeded = new ArticleSeeder().seed(paths, index);
        spec.commandLine().getOut().printf("%d articles indexed without analysis in %s%n", seeded, index);
        return 0;
    }
}
