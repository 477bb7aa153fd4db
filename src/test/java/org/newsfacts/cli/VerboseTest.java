package org.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --verbose}, as picocli parsed it into the command's shared options, decides whether a stack trace shows. */
class VerboseTest {
    @TempDir
    Path dir;

    private String err(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = Newsfacts.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        assertEquals(ExitCodes.FATAL, cli.execute(args), err.toString());
        return err.toString();
    }

    @Test
    void aStackTraceOnlyWithVerbose() {
        String missing = dir.resolve("no-index").toString();
        String quiet = err("search", "anything", "--index", missing);
        assertTrue(quiet.startsWith("newsfacts: error: "), quiet);
        assertEquals(1, quiet.lines().count(), quiet);

        for (String flag : new String[] {"--verbose", "-v"}) {
            String verbose = err("search", "anything", flag, "--index", missing);
            assertTrue(verbose.startsWith("newsfacts: error: ") && verbose.contains("\tat "), verbose);
        }
    }

    @Test
    void aQueryThatSaysVerboseIsNotTheOption() {
        // once the flag was looked for among the raw arguments, so a query word could switch it on
        String err = err("search", "--index", dir.resolve("no-index").toString(), "--", "--verbose");
        assertFalse(err.contains("\tat "), err);
    }
}
