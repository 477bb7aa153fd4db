package org.newsfacts.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain text and Markdown: the first non-empty line is the title (a leading {@code #}
 * heading marker removed), an optional {@code Date: YYYY-MM-DD} line under it (blank lines between allowed) is the date,
 * and the rest is the text, verbatim apart from leading blank lines and trailing whitespace.
 * A first line longer than {@link #MAX_TITLE_CHARS} is no headline: then the whole file is text.
 */
final class TextArticleReader implements FormatReader {
    static final int MAX_TITLE_CHARS = 300;
    private static final int MAX_DATE_LINE_CHARS = 64;
    private static final Pattern HEADING_MARKER = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern DATE_LINE = Pattern.compile("(?i)date:\\s*(\\S+)");

    @Override
    public List<Ingested> read(String path, String content) {
        int titleStart = skipBlankLines(content, 0);
        int titleEnd = lineEnd(content, titleStart);
        String firstLine = content.substring(titleStart, titleEnd).strip();
        if (firstLine.length() > MAX_TITLE_CHARS) {
            return List.of(Articles.ingested(path, null, null, null, body(content, titleStart)));
        }
        String title = HEADING_MARKER.matcher(firstLine).replaceFirst("");
        int next = nextLine(content, titleEnd);
        int dateStart = skipBlankLines(content, next); // Markdown writers often leave a blank line before it
        int dateEnd = lineEnd(content, dateStart);
        String date = dateOf(content.substring(dateStart, dateEnd));
        if (date != null) {
            next = nextLine(content, dateEnd);
        }
        return List.of(Articles.ingested(path, title, date, null, body(content, next)));
    }

    /** The date on a {@code Date: YYYY-MM-DD} line, or null when {@code line} is not one. */
    private static String dateOf(String line) {
        String candidate = line.strip();
        if (candidate.length() > MAX_DATE_LINE_CHARS) {
            return null;
        }
        Matcher matcher = DATE_LINE.matcher(candidate);
        return matcher.matches() ? DateNormalizer.toIsoDate(matcher.group(1)) : null;
    }

    private static String body(String content, int from) {
        return content.substring(skipBlankLines(content, from)).stripTrailing();
    }

    /** The start of the first line at or after {@code from} that holds more than whitespace. */
    private static int skipBlankLines(String content, int from) {
        int start = from;
        while (start < content.length()) {
            int end = lineEnd(content, start);
            if (!content.substring(start, end).isBlank()) {
                return start;
            }
            start = nextLine(content, end);
        }
        return content.length();
    }

    private static int lineEnd(String content, int start) {
        int end = content.indexOf('\n', start);
        return end < 0 ? content.length() : end;
    }

    private static int nextLine(String content, int lineEnd) {
        return Math.min(lineEnd + 1, content.length());
    }
}
