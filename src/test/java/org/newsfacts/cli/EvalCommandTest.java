package org.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The eval command end to end: ingest the written test articles, score against a gold file we wrote. */
@Tag("models") // loads CoreNLP
class EvalCommandTest {

    @Test
    void printsTheSameTableAsTheReferenceScorer(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Newsfacts.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("eval", "--gold", "src/test/resources/eval-cli/gold.jsonl", "src/test/resources/articles",
                "--index", dir.resolve("index").toString());

        assertEquals(ExitCodes.OK, code, err.toString());
        // expected text computed with score-facts.py on this gold file and the exported articles and facts
        assertEquals(String.join("\n",
                "FLIGHT_ASSIGNMENT  gold=  3 pred=  3 tp=  3  P=1.00 R=1.00 F1=1.00",
                "LEADERSHIP_CHANGE  gold=  3 pred=  2 tp=  2  P=1.00 R=0.67 F1=0.80",
                "AGREEMENT          gold=  1 pred=  1 tp=  1  P=1.00 R=1.00 F1=1.00",
                "articles without an export: 0",
                "fact P=1.000 R=0.857 F1=0.923  slot P=0.756 R=0.886 F1=0.816",
                "{\"fact_f1\": 0.923, \"slot_f1\": 0.816}", ""), out.toString());
    }

    @Test
    void verboseListsEachMissWithItsArticle(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        CommandLine cli = Newsfacts.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        cli.execute("eval", "--verbose", "--gold", "src/test/resources/eval-cli/gold.jsonl", "src/test/resources/articles",
                "--index", dir.resolve("index").toString());
        assertTrue(out.toString().contains("MISS deputy-administrator-resigns.txt LEADERSHIP_CHANGE"), out.toString());
    }

    @Test
    void unreadableGoldFileIsAUsageError(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cli = Newsfacts.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("eval", "--gold", dir.resolve("missing.jsonl").toString(), "src/test/resources/articles");
        assertEquals(ExitCodes.USAGE, code);
        assertTrue(err.toString().startsWith("newsfacts: error: cannot read gold file"), err.toString());
    }
}
