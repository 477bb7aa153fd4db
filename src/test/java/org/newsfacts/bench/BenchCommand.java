package org.newsfacts.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench ...}: the Java parts of {@code bench/run} (replicate, generate, seed, search, http). They live in the
 * test sources, so the product jar carries no benchmark code; {@code bench/run} runs this class with the test
 * classes on its class path.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark helpers used by bench/run.",
        subcommands = {BenchReplicateCommand.class, BenchGenerateCommand.class, BenchSeedCommand.class,
            BenchSearchCommand.class, BenchHttpCommand.class, BenchCorpusUpdateCommand.class,
            BenchLayerSizeCommand.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a bench command is required (replicate, generate, seed, search, http)");
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }
}
