package org.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.robust.Cli.run;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.eval.FactScorer;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.FactType;
import org.newsfacts.robust.Cli.Run;
import picocli.CommandLine.ParseResult;

/**
 * Fact and entity type options are converted by picocli, not by hand (fact types through the schema's one
 * parser, {@link FactType#find}): any case is accepted, a bad value is a usage error (exit 2) before any index is
 * opened, and help lists the values. Model-free: nothing gets to run.
 */
class TypeOptionsTest {

    private static Object parsed(String option, String... args) {
        ParseResult result = Newsfacts.commandLine().parseArgs(args);
        return result.subcommand().matchedOptionValue(option, null);
    }

    @ParameterizedTest
    @CsvSource({"facts, --type", "search, --fact-type", "eval, --types", "timeline, --type", "entities, --type"})
    void aBadTypeIsAUsageErrorNamingTheValueAndTheChoicesOnOneLine(String command, String option) {
        Run run = command.equals("search") || command.equals("timeline")
                ? run(command, "Olga Varga", option, "bogus_type", "--index", "/nonexistent/index")
                : command.equals("eval")
                ? run(command, "--gold", "/nonexistent/gold.jsonl", option, "bogus_type", "/nonexistent/articles")
                : run(command, option, "bogus_type", "--index", "/nonexistent/index");
        assertEquals(ExitCodes.USAGE, run.code(), run.err());
        String first = run.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith("newsfacts: error: Invalid value for option '" + option + "'"), run.err());
        assertTrue(first.contains("'bogus_type'") && (first.contains("AGREEMENT") || first.contains("MISSION")), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.startsWith("newsfacts: error:")).count(), run.err());
        assertTrue(run.out().isEmpty(), run.out());
    }

    @Test
    void typesAreReadInAnyCase() {
        assertEquals(FactType.FLIGHT_ASSIGNMENT, parsed("--type", "facts", "--type", "flight_assignment"));
        assertEquals(FactType.AGREEMENT, parsed("--fact-type", "search", "x", "--fact-type", "Agreement"));
        assertEquals(List.of(FactType.ROLE, FactType.LEADERSHIP_CHANGE),
                parsed("--types", "eval", "--gold", "g.jsonl", "--types", "role,LEADERSHIP_change", "in"));
        assertEquals(EntityType.AGENCY, parsed("--type", "entities", "--type", "agency"));
        assertEquals(EntityType.PERSON, parsed("--type", "timeline", "Olga Varga", "--type", "person"));
        assertEquals(FactType.LEADERSHIP_CHANGE, parsed("--type", "timeline", "Olga Varga", "--type", "leadership_change"));
    }

    /** Every fact type option reads names through {@link FactType#find}: hyphens, underscores, any case. */
    @Test
    void factTypesAreReadHyphenatedOrInLowerCase() {
        assertEquals(FactType.LEADERSHIP_CHANGE, parsed("--type", "facts", "--type", "leadership-change"));
        assertEquals(FactType.FLIGHT_ASSIGNMENT, parsed("--type", "facts", "--type", "flight_assignment"));
        assertEquals(FactType.FLIGHT_ASSIGNMENT, parsed("--fact-type", "search", "x", "--fact-type", "Flight-Assignment"));
        assertEquals(List.of(FactType.FLIGHT_ASSIGNMENT, FactType.LEADERSHIP_CHANGE),
                parsed("--types", "eval", "--gold", "g.jsonl", "--types", "flight-assignment,leadership_change", "in"));
        assertEquals(FactType.LEADERSHIP_CHANGE, parsed("--type", "timeline", "Olga Varga", "--type", "leadership-change"));
        Run bad = run("facts", "--type", "leadership--change", "--index", "/nonexistent/index");
        assertEquals(ExitCodes.USAGE, bad.code(), bad.err());
    }

    @Test
    void helpListsTheCandidates() {
        String facts = run("facts", "--help").out().replaceAll("\\s+", " ");
        assertTrue(facts.contains("FLIGHT_ASSIGNMENT, LEADERSHIP_CHANGE, AGREEMENT, ROLE"), facts);
        String timeline = run("timeline", "--help").out().replaceAll("\\s+", " ");
        assertTrue(timeline.contains("PERSON") && timeline.contains("LEADERSHIP_CHANGE"), timeline);
        String search = run("search", "--help").out().replaceAll("\\s+", " ");
        assertTrue(search.contains("FLIGHT_ASSIGNMENT, LEADERSHIP_CHANGE, AGREEMENT, ROLE"), search);
        String eval = run("eval", "--help").out().replaceAll("\\s+", " ");
        assertTrue(eval.contains("of FLIGHT_ASSIGNMENT, LEADERSHIP_CHANGE, AGREEMENT, ROLE"), eval);
        String headline = FactScorer.HEADLINE_TYPES.stream().map(FactType::name).collect(Collectors.joining(","));
        assertTrue(eval.contains("(default: " + headline + ")"), "the default the help names is the schema's: " + eval);
    }
}
