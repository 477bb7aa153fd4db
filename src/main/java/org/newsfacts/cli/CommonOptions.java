package org.newsfacts.cli;

import java.nio.file.Path;
import org.newsfacts.config.IndexConfig;
import picocli.CommandLine.Option;

/** Options every command shares: where the index lives, and how much to say. */
public final class CommonOptions {
    @Option(names = "--index", paramLabel = "DIR",
            description = "Index folder (default: $NEWSFACTS_INDEX, else ./newsfacts-index).")
    Path index;

    @Option(names = {"-v", "--verbose"}, description = "Show library logging and stack traces.")
    boolean verbose;

    /** The index folder from --index, the NEWSFACTS_INDEX variable, or the default. */
    Path indexDirectory() {
        if (index != null) {
            return index;
        }
        String env = System.getenv("NEWSFACTS_INDEX");
        return env != null && !env.isBlank() ? Path.of(env) : IndexConfig.DEFAULT_DIRECTORY;
    }
}
