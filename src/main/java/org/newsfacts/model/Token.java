package org.newsfacts.model;

/**
 * One token as the NLP saw it. {@code ner} is the coarse tag after our gazetteer has had its say
 * (PERSON, AGENCY, SPACECRAFT, DATE, ... or O); offsets are characters in the article text.
 */
public record Token(String word, String lemma, String pos, String ner, int start, int end) {
}
