package org.newsfacts.facts;

/** What a word before a post ({@code role-modifiers.tsv}) says about it; both kinds belong to the post's name. */
public enum ModifierKind {
    /** Held for the time being: "acting", "interim". The post and its temporary holding are one succession. */
    TEMPORARY,
    /** A rank within the organisation: "deputy", "executive". A post of its own. */
    RANK
}
