package org.newsfacts.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench generate --out DIR --count N}: N small synthetic .txt articles, 100 per folder. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Write generated .txt articles.")
final class BenchGenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Option(names = "--count", paramLabel = "N", description = "Articles (default: ${DEFAULT-VALUE}).")
    int count = 10_000;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Override
    public Integer call() throws Exception {
        SyntheticArticleGenerator generator = new SyntheticArticleGenerator(seed, 30_000, 150, 600);
        for (int i = 0; i < count; i++) {
            Path file = out.resolve(String.format("%03d/%06d.txt", i / 100, i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, generator.next(file.toString()).asTextFile(), StandardCharsets.UTF_8);
        }
        spec.commandLine().getOut().printf("%d files written to %s%n", count, out);
        return 0;
    }
}
