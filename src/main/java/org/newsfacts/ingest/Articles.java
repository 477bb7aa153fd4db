package org.newsfacts.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newsfacts.model.Article;

/**
 * Builds {@link Article} records so that every reader derives the content id the same way:
 * {@code id} is the first 12 hex digits of the SHA-256 of the text, never anything from the path.
 */
public final class Articles {
    private static final int ID_HEX_DIGITS = 12;

    private Articles() {
    }

    /**
     * An article with its id and hash computed from {@code text}, which is kept exactly as given.
     * Blank title, date or url become null; the title is trimmed.
     */
    public static Article create(String path, String title, String date, String url, String text) {
        String sha256 = sha256Hex(text);
        return new Article(sha256.substring(0, ID_HEX_DIGITS), path, blankToNull(title), blankToNull(date),
                blankToNull(url), text, sha256);
    }

    /** The readers' common last step: a read article, or "no article text" when the text is blank. */
    static Ingested ingested(String path, String title, String date, String url, String text) {
        if (text == null || text.isBlank()) {
            return new Ingested.Rejected(path, "no article text");
        }
        return new Ingested.Read(create(path, title, date, url, text));
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
