package org.newsfacts.facts;

import java.util.Locale;
import java.util.Set;

/**
 * Posts held for the time being ("acting director", "interim president"): the words that mark them are the
 * {@link ModifierKind#TEMPORARY temporary} entries of {@code role-modifiers.tsv}. A temporary post and the post
 * itself are one succession (the holder who left and the one standing in share it).
 */
record TemporaryPosts(Set<String> words) {

    TemporaryPosts {
        words = Set.copyOf(words);
    }

    static TemporaryPosts of(Lexicons lexicons) {
        return new TemporaryPosts(lexicons.temporaryModifiers());
    }

    /** The post in lower case without a leading temporary word: "Interim President" gives "president". */
    String bare(String post) {
        String lower = post.toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (lower.startsWith(word + " ")) {
                return lower.substring(word.length() + 1);
            }
        }
        return lower;
    }

    boolean isTemporary(Object post) {
        return post != null && !bare(post.toString()).equals(post.toString().toLowerCase(Locale.ROOT));
    }
}
