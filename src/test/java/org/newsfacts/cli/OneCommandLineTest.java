package org.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code main} builds only the subcommand its arguments name ({@link Newsfacts#commandLine(String...)}): that
 * command must parse, print help and report usage errors exactly as in the full command line.
 */
class OneCommandLineTest {
    /** Runs {@code args} on {@code cli}: exit status, stdout and stderr. */
    private static List<Object> run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return List.of(code, out.toString(), err.toString());
    }

    @Test
    void everyCommandIsInTheFullLineAndEachNameBuildsItAlone() {
        Map<String, CommandLine> all = Newsfacts.commandLine().getSubcommands();
        assertEquals(Newsfacts.commandNames(), List.copyOf(all.keySet()));
        for (String name : all.keySet()) {
            CommandLine one = Newsfacts.commandLine(name, "--help");
            boolean alone = !name.equals("help") && !name.equals("generate-completion");
            assertEquals(alone ? List.of(name) : List.copyOf(all.keySet()), List.copyOf(one.getSubcommands().keySet()), name);
            assertEquals(all.get(name).getCommandSpec().userObject().getClass(),
                    one.getSubcommands().get(name).getCommandSpec().userObject().getClass(), name);
        }
    }

    @Test
    void aCommandAloneAnswersAsInTheFullLine() {
        List<List<String>> cases = List.of(
                List.of("timeline", "--help"),
                List.of("entities", "--help"),
                List.of("timeline", "--type", "NOT_A_TYPE", "Olga Varga"),
                List.of("facts", "--no-such-option"),
                List.of("export", "--what", "nothing"),
                List.of("search"),
                List.of("--version"),
                List.of("no-such-command"));
        for (List<String> c : cases) {
            String[] args = c.toArray(String[]::new);
            assertEquals(run(Newsfacts.commandLine(), args), run(Newsfacts.commandLine(args), args), c.toString());
        }
    }

    @Test
    void enumAndFactTypeConvertersReachTheCommandAlone() {
        CommandLine one = Newsfacts.commandLine("entities", "--type", "person");
        CommandLine.ParseResult parsed = one.parseArgs("entities", "--type", "person");
        assertEquals("PERSON", Objects.toString(parsed.subcommand().<Object>matchedOptionValue("--type", null)));
        CommandLine facts = Newsfacts.commandLine("facts", "--type", "leadership-change");
        CommandLine.ParseResult p2 = facts.parseArgs("facts", "--type", "leadership-change");
        assertEquals("LEADERSHIP_CHANGE", Objects.toString(p2.subcommand().<Object>matchedOptionValue("--type", null)));
    }
}
