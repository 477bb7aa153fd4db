package org.newsfacts.model;

/**
 * A contiguous span of tokens naming something, within one sentence.
 *
 * @param tokenStart first token (inclusive), index within the sentence
 * @param tokenEnd   last token (exclusive)
 * @param tag        entity tag (an {@link EntityType} name, or a CoreNLP tag we do not map such as NUMBER)
 * @param text       the span as written
 */
public record Mention(int tokenStart, int tokenEnd, String tag, String text, int start, int end) {
}
