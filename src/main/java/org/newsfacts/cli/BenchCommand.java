package org.newsfacts.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsfacts bench ...}: hidden entry points for {@code bench/run}; not part of the user interface. */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        description = "Benchmark helpers used by bench/run.",
        subcommands = {BenchReplicateCommand.class, BenchGenerateCommand.class, BenchSeedCommand.class, BenchHttpCommand.class,
            BenchSearchCommand.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a bench command is required (replicate, generate, seed, search)");
    }
}
