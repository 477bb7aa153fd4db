package org.newsfacts.nlp;

/** Tells which language an article is written in, so that only English goes through English models. */
public interface LanguageDetector {

    /** Language code used when the text is too short or too mixed to tell. */
    String UNDETERMINED = "und";

    /**
     * Detects the language of a text.
     *
     * @return an ISO 639-1 code such as {@code en} or {@code ru}, or {@link #UNDETERMINED}
     */
    String detect(String text);
}
