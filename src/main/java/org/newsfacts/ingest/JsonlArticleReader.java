package org.newsfacts.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Lines: each non-blank line one object as in {@code .json}. Line N (1-based, blank
 * lines counted) becomes article path {@code file.jsonl#N}; a bad line is rejected alone as
 * {@code file.jsonl:N} and the other lines go on.
 */
final class JsonlArticleReader implements FormatReader {

    @Override
    public List<Ingested> read(String path, String content) {
        List<Ingested> items = new ArrayList<>();
        int lineNumber = 0;
        int start = 0;
        while (start < content.length()) {
            int end = content.indexOf('\n', start);
            if (end < 0) {
                end = content.length();
            }
            lineNumber++;
            String line = content.substring(start, end);
            if (!line.isBlank()) {
                items.add(readLine(path, lineNumber, line));
            }
            start = end + 1;
        }
        return items;
    }

    static Ingested readLine(String path, int lineNumber, String line) {
        String rejectPath = path + ":" + lineNumber;
        try {
            return JsonArticleReader.article(path + "#" + lineNumber, rejectPath, JsonArticleReader.parse(line));
        } catch (JsonProcessingException e) {
            return new Ingested.Rejected(rejectPath, JsonArticleReader.malformed(e));
        }
    }
}
