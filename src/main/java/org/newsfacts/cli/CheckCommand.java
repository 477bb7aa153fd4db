package org.newsfacts.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsfacts.index.IndexCheck;
import org.newsfacts.index.IndexDamagedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code newsfacts check}: is the index whole? Lucene's own checks, then that every stored analysis parses. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the index for damage (Lucene's CheckIndex, then every stored analysis); read-only. "
                + "Exit 0 when healthy, 3 when damaged.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = Printable.writer(spec.commandLine().getOut());
        IndexCheck.Report report;
        try {
            report = IndexCheck.run(common.indexDirectory());
        } catch (IndexDamagedException e) {
            out.printf("index %s: damaged: %s%n", common.indexDirectory(), e.getCause() == null ? "" : e.getCause().getMessage());
            out.printf("newsfacts repair cannot rebuild a missing commit point: move the folder away and ingest again%n");
            out.flush();
            return ExitCodes.FATAL;
        }
        report.lines().forEach(line -> out.printf("%s%n", line));
        if (report.damaged()) {
            out.printf("to drop what cannot be read (%s) and keep the rest: newsfacts repair --index %s%n",
                    IndexReading.plural(report.lostArticles(), "article"), RepairCommand.quote(common.indexDirectory().toString()));
        } else {
            out.printf("healthy%n");
        }
        out.flush();
        return report.damaged() ? ExitCodes.FATAL : ExitCodes.OK;
    }
}
