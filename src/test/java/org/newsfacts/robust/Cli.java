package org.newsfacts.robust;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.newsfacts.cli.Newsfacts;
import picocli.CommandLine;

/** Runs newsfacts in-process as a user would, through picocli's execute(), capturing both streams. */
final class Cli {
    private Cli() {
    }

    record Run(int code, String out, String err) {
        /** stdout and stderr, for assertion messages. */
        String both() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Newsfacts.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
