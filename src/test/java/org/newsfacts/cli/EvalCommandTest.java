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

    @Test
    void entityGoldPrintsTheSameTableAsTheEntityReferenceScorer(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Newsfacts.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("eval", "--entity-gold", "src/test/resources/eval-cli/entity-gold.jsonl",
                "src/test/resources/articles", "--index", dir.resolve("index").toString());

        assertEquals(ExitCodes.OK, code, err.toString());
        // expected text computed with score-entities.py on this gold file and the entities `extract` prints
        assertEquals(String.join("\n",
                "PERSON  gold=   6 pred=   6 tp=   6  P=1.00 R=1.00 F1=1.00  canonical=1.00",
                "ORG     gold=   5 pred=   4 tp=   4  P=1.00 R=0.80 F1=0.89  canonical=0.75",
                "PLACE   gold=   4 pred=   4 tp=   4  P=1.00 R=1.00 F1=1.00  canonical=1.00",
                "CRAFT   gold=   1 pred=   1 tp=   1  P=1.00 R=1.00 F1=1.00  canonical=1.00",
                "DATE    gold=   5 pred=   5 tp=   5  P=1.00 R=1.00 F1=1.00  canonical=1.00",
                "all     gold=  21 pred=  20 tp=  20  P=1.00 R=0.95 F1=0.98  canonical=0.95",
                "{\"PERSON\": 1.0, \"ORG\": 0.889, \"PLACE\": 1.0, \"CRAFT\": 1.0, \"DATE\": 1.0, \"all\": 0.976}", ""),
                out.toString());
    }

    @Test
    void evalWithoutAnyGoldIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cli = Newsfacts.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        assertEquals(ExitCodes.USAGE, cli.execute("eval", "src/test/resources/articles"));
        assertTrue(err.toString().startsWith("newsfacts: error: eval needs --gold, --entity-gold or both"), err.toString());
    }
}
