package org.newsfacts.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.newsfacts.config.IndexConfig;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options every command shares: where the index lives, and how much to say. */
public final class CommonOptions {
    /** slf4j-simple's level, read when the first library logger is made (after parsing, so --verbose is in time). */
    static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    @Option(names = "--index", paramLabel = "DIR",
            description = "Index folder (default: $NEWSFACTS_INDEX, else ./newsfacts-index).")
    Path index;

    boolean verbose;

    @Option(names = {"-v", "--verbose"}, description = "Show library logging and stack traces.")
    void setVerbose(boolean on) {
        verbose = on;
        if (on) {
            System.setProperty(LOG_LEVEL, "info");
        }
    }

    boolean verbose() {
        return verbose;
    }

    /** The index folder from --index, the NEWSFACTS_INDEX variable, or the default. */
    Path indexDirectory() {
        if (index != null) {
            return index;
        }
        String env = System.getenv("NEWSFACTS_INDEX");
        return env != null && !env.isBlank() ? Path.of(env) : IndexConfig.DEFAULT_DIRECTORY;
    }

    /** The shared options of the command {@code cli} ran, as picocli parsed them, if it has them. */
    static Optional<CommonOptions> of(CommandLine cli) {
        return cli.getCommandSpec().mixins().values().stream().map(CommandSpec::userObject)
                .filter(CommonOptions.class::isInstance).map(CommonOptions.class::cast).findFirst();
    }
}
