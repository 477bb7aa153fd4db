package org.newsfacts.model;

/**
 * One edge of a sentence's dependency graph (enhanced++ Universal Dependencies): {@code governor} governs
 * {@code dependent} by {@code relation} ("nsubj:pass", "nmod:of", "conj:and"). Token indices are within the
 * sentence, from 0; the root hangs from governor {@link #ROOT}.
 */
public record Dependency(int governor, int dependent, String relation) {
    /** The governor index of the sentence's root edge. */
    public static final int ROOT = -1;
}
