package org.newsfacts.model;

/** One edge of a basic dependency parse: governor and dependent are token indices in the sentence, -1 for ROOT. */
public record Dependency(int governor, int dependent, String relation) {
}
