package org.newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
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
        description = "Turns folders of news articles into a searchable, exportable base of facts.")
public final class Newsfacts implements Runnable {
    /**
     * The subcommands by name, in the order help lists them. Declared here rather than in {@code @Command}'s
     * {@code subcommands} so that a run builds only the one it executes: picocli reads every command's
     * options by reflection, and its own classes (Java 5 class files) cannot be kept in the class-data
     * archive, so building all fourteen is about a third of a cold lookup's start-up.
     */
    private static final List<String> COMMANDS = List.of("ingest", "search", "facts", "entities", "export", "timeline",
            "reindex-corpus", "serve", "extract", "eval", "check", "repair", "help", "generate-completion");

    /** A new subcommand object; a switch, so that only the class of the command run is loaded. */
    private static Object command(String name) {
        return switch (name) {
            case "ingest" -> new IngestCommand();
            case "search" -> new SearchCommand();
            case "facts" -> new FactsCommand();
            case "entities" -> new EntitiesCommand();
            case "export" -> new ExportCommand();
            case "timeline" -> new TimelineCommand();
            case "reindex-corpus" -> new ReindexCorpusCommand();
            case "serve" -> new ServeCommand();
            case "extract" -> new ExtractCommand();
            case "eval" -> new EvalCommand();
            case "check" -> new CheckCommand();
            case "repair" -> new RepairCommand();
            case "help" -> new CommandLine.HelpCommand();
            case "generate-completion" -> new AutoComplete.GenerateCompletion();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

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
        CommandLine cli = commandLine(args);
        int code = cli.execute(args);
        System.exit(stdout.finish(code, cli.getOut(), cli.getErr()));
    }

    /** The configured command line with every subcommand, also what tests execute. */
    public static CommandLine commandLine() {
        return configured(COMMANDS);
    }

    /**
     * The command line that runs {@code args}: when they start with a command's name, with that command alone
     * (it parses and runs exactly as in the full one); else (no command, a top-level option, {@code help},
     * a misspelt name) with every command, for the listing or the error.
     */
    static CommandLine commandLine(String... args) {
        boolean one = args.length > 0 && COMMANDS.contains(args[0])
                && !args[0].equals("help") && !args[0].equals("generate-completion");
        return one ? configured(List.of(args[0])) : commandLine();
    }

    /** The names of every subcommand, in help order. */
    static List<String> commandNames() {
        return COMMANDS;
    }

    private static CommandLine configured(Collection<String> names) {
        CommandLine cli = new CommandLine(new Newsfacts());
        names.forEach(name -> cli.addSubcommand(name, command(name)));
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
