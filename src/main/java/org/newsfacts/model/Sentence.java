package org.newsfacts.model;

import java.util.List;

/**
 * One sentence with everything the fact rules read: tokens, entity mentions, time expressions and,
 * when the NLP parsed this sentence, its dependencies (empty otherwise).
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, List<Mention> mentions,
                       List<Timex> timexes, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        timexes = List.copyOf(timexes);
        dependencies = List.copyOf(dependencies);
    }
}
