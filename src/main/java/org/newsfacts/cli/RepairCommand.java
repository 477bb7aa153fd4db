package org.newsfacts.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsfacts.index.IndexRepair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code newsfacts repair}: drops the damaged segments and unreadable articles of an index, says how many
 * articles that loses, and prints the {@code ingest} command that adds them back from their files.
 */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Repair a damaged index: drop what cannot be read, report the articles lost and the "
                + "ingest command that re-adds them. Takes the index's write lock.")
final class RepairCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = Printable.writer(spec.commandLine().getOut());
        IndexRepair.Result result = IndexRepair.run(common.indexDirectory());
        result.lines().forEach(line -> out.printf("%s%n", line));
        if (!result.lostPaths().isEmpty()) {
            // a .jsonl record lives in its file: "dump.jsonl#3" is re-added by ingesting dump.jsonl
            Set<String> files = result.lostPaths().stream().map(p -> p.replaceFirst("(?<=\\.jsonl)#\\d+$", ""))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            out.printf("to re-add the lost articles from their files:%n");
            out.printf("  %s%n", "newsfacts ingest --index " + quote(common.indexDirectory().toString()) + " "
                    + files.stream().map(RepairCommand::quote).collect(Collectors.joining(" ")));
        } else if (result.lost() > 0) {
            out.printf("the paths of the lost articles could not be read: ingest your folders again "
                    + "(articles already in the index are skipped)%n");
        }
        out.flush();
        return result.repaired() ? ExitCodes.OK : ExitCodes.FATAL;
    }

    /** A path as one shell word: in single quotes unless it is plain. */
    static String quote(String word) {
        return word.matches("[A-Za-z0-9_./:@%+=,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
