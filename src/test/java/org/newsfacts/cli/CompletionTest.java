package org.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code newsfacts generate-completion} prints picocli's bash/zsh completion script; bash itself, with the
 * script sourced, must complete commands and options from it.
 */
class CompletionTest {
    @TempDir
    Path dir;

    private Path script() throws IOException {
        StringWriter out = new StringWriter();
        CommandLine cli = Newsfacts.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertEquals(ExitCodes.OK, cli.execute("generate-completion"));
        Path script = dir.resolve("newsfacts_completion");
        Files.writeString(script, out.toString(), StandardCharsets.UTF_8);
        return script;
    }

    /** Runs bash's completion function for {@code words} (the last one being completed); one candidate a line. */
    private List<String> complete(Path script, String... words) throws IOException, InterruptedException {
        String line = String.join(" ", words);
        String program = "source '" + script + "'\n"
                + "complete -p newsfacts >/dev/null || exit 9\n"
                + "COMP_WORDS=(" + line + "); COMP_CWORD=" + (words.length - 1) + "; COMP_LINE='" + line + "'; "
                + "COMP_POINT=${#COMP_LINE}\n"
                + "$(complete -p newsfacts | sed 's/.*-F \\([^ ]*\\) .*/\\1/') newsfacts\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "-c", program).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), output);
        return output.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void bashCompletesCommandsFromTheGeneratedScript() throws Exception {
        Path script = script();
        List<String> commands = complete(script, "newsfacts", "e");
        assertTrue(commands.containsAll(List.of("entities", "export", "extract", "eval")), commands.toString());
        assertTrue(commands.stream().allMatch(c -> c.startsWith("e")), commands.toString());
    }

    @Test
    void bashCompletesASubcommandsOptions() throws Exception {
        List<String> options = complete(script(), "newsfacts", "search", "--f");
        assertTrue(options.containsAll(List.of("--from", "--fact-type", "--facets")), options.toString());
    }
}
