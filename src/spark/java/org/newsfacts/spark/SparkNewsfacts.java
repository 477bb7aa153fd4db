package org.newsfacts.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.newsfacts.cli.ExitCodes;
import org.newsfacts.model.NewsfactsException;
import org.newsfacts.model.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code newsfacts-spark}: the Spark front end's command and the one place where its errors become exit
 * statuses (the same statuses as {@code newsfacts}). Its main class is what {@code spark-submit} runs.
 */
@Command(name = "newsfacts-spark", mixinStandardHelpOptions = true, version = "newsfacts-spark 0.1.0",
        description = "Ingests article archives into a newsfacts index on Apache Spark.",
        subcommands = {SparkIngestCommand.class, CommandLine.HelpCommand.class})
public final class SparkNewsfacts implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try 'newsfacts-spark help')");
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also what tests execute. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SparkNewsfacts());
        cli.setExecutionExceptionHandler(SparkNewsfacts::handle);
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("newsfacts-spark: error: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return ExitCodes.USAGE;
        });
        return cli;
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean verbose = cli.getCommand() instanceof SparkIngestCommand command && command.verbose;
        int code;
        String message;
        if (e instanceof NewsfactsException known) {
            code = known instanceof UsageException ? ExitCodes.USAGE : ExitCodes.FATAL;
            message = known.getMessage();
        } else if (e instanceof IOException || e instanceof UncheckedIOException) {
            code = ExitCodes.FATAL;
            message = "I/O error: " + e.getMessage();
        } else {
            code = ExitCodes.FATAL;
            message = "the Spark job failed: " + e;
        }
        err.println("newsfacts-spark: error: " + message);
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
