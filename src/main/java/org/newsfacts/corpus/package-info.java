/**
 * The corpus as one body of knowledge, computed from the analyses stored in the index (downstream of
 * {@code index} and {@code search}, under {@code cli}): {@link org.newsfacts.corpus.EntityRegistry}
 * merges each article's entities into one entity per real-world thing,
 * {@code CorpusFactMerger} merges the facts several articles report into one
 * {@link org.newsfacts.model.MergedFact} with its sources and conflicts, and
 * {@link org.newsfacts.corpus.Corpus#timeline} orders them by date. Nothing is stored: every read
 * recomputes from the index, so re-ingesting or pruning articles is reflected at once.
 */
package org.newsfacts.corpus;
