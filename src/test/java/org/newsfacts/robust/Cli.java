package org.newsfacts.robust;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.newsfacts.cli.Newsfacts;
import picocli.CommandLine;

/**
 * Runs newsfacts in-process as a user would, through picocli's execute(), capturing both streams: the one runner
 * every CLI-level test uses.
 */
public final class Cli {
    private Cli() {
    }

    public record Run(int code, String out, String err) {
        /** stdout and stderr, for assertion messages. */
        public String both() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Newsfacts.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
