package org.newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.newsfacts.index.IndexDamage;
import org.newsfacts.index.IndexDamagedException;
import org.newsfacts.model.FactType;
import org.newsfacts.model.NewsfactsException;
import org.newsfacts.model.UsageException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsfacts} command: subcommands, and the one place where errors become exit statuses. */
@Command(name = "newsfacts", mixinStandardHelpOptions = true, version = "newsfacts 0.1.0",
        description = "Turns folders of news articles into a searchable, exportable base of facts.",
        subcommands = {IngestCommand.class, SearchCommand.class, FactsCommand.class, EntitiesCommand.class,
                ExportCommand.class, TimelineCommand.class, ReindexCorpusCommand.class, ServeCommand.class,
                ExtractCommand.class, EvalCommand.class,
                CheckCommand.class, RepairCommand.class,
                CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class})
public final class Newsfacts implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try 'newsfacts help')");
    }

    public static void main(String[] args) {
        // libraries log warnings only; --verbose (CommonOptions) raises this before any library logs
        System.setProperty(CommonOptions.LOG_LEVEL, "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        StdoutGuard stdout = StdoutGuard.install();
        CommandLine cli = commandLine();
        int code = cli.execute(args);
        System.exit(stdout.finish(code, cli.getOut(), cli.getErr()));
    }

    /** The configured command line, also what tests execute. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Newsfacts());
        // enum options (entity types) are converted by picocli: PERSON or person
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // fact types through their one parser: FLIGHT_ASSIGNMENT, flight_assignment or leadership-change
        cli.registerConverter(FactType.class, FactTypeNames::convert);
        cli.setExecutionExceptionHandler(Newsfacts::handle);
        cli.setParameterExceptionHandler(Newsfacts::handleUsage);
        return cli;
    }

    private static int handleUsage(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("newsfacts: error: " + e.getMessage());
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.USAGE;
    }

    /** Maps every exception escaping a command to one stderr line and an exit status. */
    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean verbose = CommonOptions.of(cli).map(CommonOptions::verbose).orElse(false);
        int code;
        String message;
        Optional<Path> damage = e instanceof NewsfactsException ? Optional.empty() : damaged(parsed);
        if (e instanceof NewsfactsException known) {
            // the family is sealed: usage or fatal, nothing else
            code = known instanceof UsageException ? ExitCodes.USAGE : ExitCodes.FATAL;
            message = known.getMessage();
        } else if (damage.isPresent()) {
            // whatever the library threw on the way, the cause is the damaged index, and there is something to do
            code = ExitCodes.FATAL;
            message = new IndexDamagedException(damage.get(), e).getMessage();
        } else if (e instanceof IOException || e instanceof UncheckedIOException) {
            code = ExitCodes.FATAL;
            message = "I/O error: " + IoErrors.describe(e);
        } else {
            code = ExitCodes.FATAL;
            message = "unexpected error (a bug in newsfacts): " + e;
        }
        err.println("newsfacts: error: " + Printable.line(message));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** The index of the command that failed, when it has one and its files are damaged (checked only after a failure). */
    private static Optional<Path> damaged(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult sub = parsed;
        while (sub.hasSubcommand()) {
            sub = sub.subcommand();
        }
        CommandLine.Model.CommandSpec common = sub.commandSpec().mixins().get("common");
        if (common == null || !(common.userObject() instanceof CommonOptions options)) {
            return Optional.empty();
        }
        Path index = options.indexDirectory();
        return IndexDamage.verify(index).map(problem -> index);
    }
}
