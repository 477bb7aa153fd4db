package org.newsfacts.search;

import org.newsfacts.model.FactType;

/**
 * What places a merged fact in a chronology, read from its stored summary without building the rest (its
 * sources' evidence, its arguments): the newest few of thousands are chosen before any is parsed in full.
 *
 * @param doc     where {@link CorpusLayerStore#factsOnly} reads the whole fact: valid in that store only
 * @param sources how many sources the fact has
 */
public record MergedFactHead(int doc, String id, FactType type, String date, int sources) {
}
