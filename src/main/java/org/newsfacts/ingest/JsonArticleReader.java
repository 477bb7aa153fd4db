package org.newsfacts.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.newsfacts.json.Json;

/**
 * Reads {@code .json}: one object {@code {"title", "date", "url", "text"}} with a required non-blank
 * {@code text} string, or a top-level array of such objects, element N (1-based) read as path
 * {@code file.json#N}. {@link JsonlArticleReader} reuses {@link #article} for each line.
 */
final class JsonArticleReader implements FormatReader {
    private static final int MAX_MESSAGE_CHARS = 160;

    @Override
    public List<Ingested> read(String path, String content) {
        JsonNode root;
        try {
            root = parse(content);
        } catch (JsonProcessingException e) {
            return List.of(new Ingested.Rejected(path, malformed(e)));
        }
        if (!root.isArray()) {
            return List.of(article(path, path, root));
        }
        if (root.isEmpty()) {
            return List.of(new Ingested.Rejected(path, "JSON array holds no articles"));
        }
        List<Ingested> items = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            String elementPath = path + "#" + (i + 1);
            items.add(article(elementPath, elementPath, root.get(i)));
        }
        return items;
    }

    static JsonNode parse(String json) throws JsonProcessingException {
        return Json.strictTreeReader().readTree(json);
    }

    /** {@code malformed JSON: <parser message>} on one short line, without Jackson's location dump. */
    static String malformed(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        for (String noise : List.of("\n", " (start marker at", " at [Source")) {
            int cut = message.indexOf(noise);
            if (cut >= 0) {
                message = message.substring(0, cut);
            }
        }
        if (message.length() > MAX_MESSAGE_CHARS) {
            message = message.substring(0, MAX_MESSAGE_CHARS) + "...";
        }
        return "malformed JSON: " + message.strip();
    }

    /**
     * The article one JSON object describes.
     *
     * @param articlePath path the article is recorded under
     * @param rejectPath  path a rejection is reported under (differs for JSON Lines)
     */
    static Ingested article(String articlePath, String rejectPath, JsonNode node) {
        if (!node.isObject()) {
            return new Ingested.Rejected(rejectPath, "JSON value is " + kind(node) + ", not an object");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            return new Ingested.Rejected(rejectPath, "JSON has no \"text\" string field");
        }
        if (text.textValue().isBlank()) {
            return new Ingested.Rejected(rejectPath, "no article text");
        }
        return Articles.ingested(articlePath, string(node, "title"), DateNormalizer.toIsoDate(string(node, "date")),
                string(node, "url"), text.textValue());
    }

    /** A string field's value; absent, null or non-string fields are treated as missing. */
    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "not JSON data";
        };
    }
}
