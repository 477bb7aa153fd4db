package org.newsfacts.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Text from files (names, titles, snippets) made safe for a terminal: control characters are shown as escapes
 * ({@code \n}, {@code \e}, {@code \x07}), so a newline in a file name cannot forge an extra output line and an
 * escape sequence in a title cannot recolour, retitle or clear the user's terminal. JSON output needs none of
 * this: its encoder escapes control characters already.
 */
final class Printable {
    private Printable() {
    }

    /**
     * A writer over {@code out} whose {@code printf} escapes every string argument with {@link #line}: the
     * human tables print names, titles and sentences from articles through it. {@code println} is left as is,
     * for JSON.
     */
    static PrintWriter writer(PrintWriter out) {
        return new PrintWriter(out) {
            @Override
            public PrintWriter format(String format, Object... args) {
                return super.format(format, safe(args));
            }

            @Override
            public PrintWriter format(Locale locale, String format, Object... args) {
                return super.format(locale, format, safe(args));
            }
        };
    }

    private static Object[] safe(Object[] args) {
        Object[] safe = args.clone();
        for (int i = 0; i < safe.length; i++) {
            if (safe[i] instanceof CharSequence text) {
                safe[i] = line(text.toString());
            }
        }
        return safe;
    }

    /** {@code text} on one line, every control and bidirectional-override character escaped; null stays null. */
    static String line(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\033' -> "\\e";
            default -> c < 0x20 || c == 0x7f ? String.format("\\x%02x", (int) c)
                    : (c >= 0x80 && c < 0xa0) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                    ? String.format("\\u%04x", (int) c) : null;
        };
    }
}
