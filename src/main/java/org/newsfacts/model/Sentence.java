package org.newsfacts.model;

import java.util.List;

/**
 * One sentence with everything the fact rules read: tokens, entity mentions and time expressions.
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, List<Mention> mentions,
                       List<Timex> timexes) {
    public Sentence {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        timexes = List.copyOf(timexes);
    }
}
