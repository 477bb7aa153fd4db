package org.newsfacts.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsfacts.bench.ArticleSeeder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsfacts bench seed PATH... --index DIR}: index files as read, without analysis. */
@Command(name = "seed", mixinStandardHelpOptions = true,
        description = "Index articles as read, without NLP, so a following ingest finds them unchanged.")
final class BenchSeedCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        long seeded = new ArticleSeeder().seed(paths, common.indexDirectory());
        spec.commandLine().getOut().printf("%d articles indexed without analysis in %s%n", seeded, common.indexDirectory());
        return ExitCodes.OK;
    }
}
