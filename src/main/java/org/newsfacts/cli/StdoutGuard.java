package org.newsfacts.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Makes a failed write to standard output an error. {@link PrintStream} swallows write errors, so an export into
 * a full disk or {@code /dev/full} used to exit 0 with nothing written. This installs a standard output that
 * remembers the first failure (and its reason); {@link #finish} flushes everything and turns a failure into exit 3.
 */
final class StdoutGuard {
    private final Remembering stream;
    private final PrintStream out;

    private StdoutGuard(Remembering stream, PrintStream out) {
        this.stream = stream;
        this.out = out;
    }

    /** Replaces {@link System#out} with a checked stream in the same encoding. */
    static StdoutGuard install() {
        String encoding = System.getProperty("sun.stdout.encoding");
        Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding) : Charset.defaultCharset();
        Remembering stream = new Remembering(new FileOutputStream(FileDescriptor.out));
        PrintStream out = new PrintStream(new BufferedOutputStream(stream, 1 << 16), false, charset);
        System.setOut(out);
        return new StdoutGuard(stream, out);
    }

    /**
     * Flushes {@code writer} (picocli's view of stdout) and standard output.
     *
     * @return {@code code}, or {@link ExitCodes#FATAL} after one stderr line when anything failed to be written
     */
    int finish(int code, PrintWriter writer, PrintWriter err) {
        boolean failed = writer.checkError(); // flushes into System.out
        out.flush();
        failed |= out.checkError();
        if (!failed) {
            return code;
        }
        String reason = stream.failure == null ? "write failed" : stream.failure.getMessage();
        err.println("newsfacts: error: cannot write to standard output: " + (reason == null ? "write failed" : reason)
                + " (the output is incomplete)");
        err.flush();
        return Math.max(code, ExitCodes.FATAL);
    }

    /** Keeps the first write error; later writes are dropped at once instead of failing again. */
    private static final class Remembering extends FilterOutputStream {
        private IOException failure;

        Remembering(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (failure != null) {
                throw failure;
            }
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }
    }
}
