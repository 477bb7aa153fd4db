package org.newsfacts.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench replicate PATH... --out DIR --copies N}: a real corpus as N distinct .txt copies. */
@Command(name = "replicate", mixinStandardHelpOptions = true,
        description = "Write every article under PATH as .txt, COPIES times, each copy with its own last line.")
final class BenchReplicateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Option(names = "--copies", paramLabel = "N", description = "Copies of each article (default: ${DEFAULT-VALUE}).")
    int copies = 5;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        int written = new CorpusReplicator().replicate(paths, out, copies,
                (path, reason) -> err.printf("rejected [%s]: %s%n", path, reason));
        spec.commandLine().getOut().printf("%d files written to %s%n", written, out);
        return 0;
    }
}
