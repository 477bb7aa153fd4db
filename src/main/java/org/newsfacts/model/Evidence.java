package org.newsfacts.model;

/** The sentence a fact was read from, with character offsets into the ingested article text. */
public record Evidence(String sentence, int start, int end) {
}
