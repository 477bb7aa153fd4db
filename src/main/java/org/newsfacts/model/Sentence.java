package org.newsfacts.model;

import java.util.List;

/**
 * One sentence with everything the fact rules read: tokens, entity mentions, time expressions and, when the
 * sentence was worth parsing (it holds a trigger word or a candidate argument), its dependency edges.
 *
 * @param dependencies enhanced++ edges; empty when the sentence was not parsed
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, List<Mention> mentions,
                       List<Timex> timexes, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        timexes = List.copyOf(timexes);
        dependencies = List.copyOf(dependencies);
    }

    /** A sentence that was not parsed. */
    public Sentence(int index, int start, int end, String text, List<Token> tokens, List<Mention> mentions,
                    List<Timex> timexes) {
        this(index, start, end, text, tokens, mentions, timexes, List.of());
    }

    /** Whether the dependency parser ran on this sentence. */
    public boolean parsed() {
        return !dependencies.isEmpty();
    }
}
