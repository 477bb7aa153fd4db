package org.newsfacts.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsfacts.pipeline.IngestListener;

/**
 * Ingest progress on stderr: a live bar with files/s and ETA when stderr is a terminal, nothing when it
 * is a log file (a bar redrawn into a log is noise); rejected files are always named, one line each.
 */
final class ConsoleProgress implements IngestListener {
    private final PrintWriter err;
    private final boolean interactive;
    private ProgressBar bar;

    ConsoleProgress(PrintWriter err, boolean interactive) {
        this.err = err;
        this.interactive = interactive;
    }

    @Override
    public void started(long files) {
        if (interactive && files > 0) {
            bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files).setUnit(" files", 1)
                    .showSpeed().setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }
    }

    @Override
    public void fileDone() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public synchronized void rejected(String path, String reason) {
        if (bar != null) {
            System.err.print("\r\033[2K"); // clear the bar's line so the message stands alone
        }
        err.println("rejected [" + Printable.line(path) + "]: " + Printable.line(reason));
        err.flush();
    }

    @Override
    public synchronized void interrupted(long articles, boolean committed) {
        if (bar != null) {
            System.err.print("\r\033[2K");
        }
        err.println(committed
                ? "newsfacts: interrupted: committed the " + articles + " article" + (articles == 1 ? "" : "s")
                        + " indexed so far; run the same ingest again to finish (indexed articles are skipped)"
                : "newsfacts: interrupted: the commit did not finish in time; the index holds its previous commit, "
                        + "run the same ingest again to finish");
        err.flush();
    }

    @Override
    public void finished() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
