/**
 * Resolved article → facts. Each {@link org.newsfacts.facts.FactRule} reads sentences through our own
 * records (never CoreNLP types) with trigger lexicons from {@code models/lexicons}, so rules are tested
 * on hand-built sentences without a model load. {@link org.newsfacts.facts.FactExtractor} composes the
 * rules and merges what several sentences say about the same event.
 */
package org.newsfacts.facts;
