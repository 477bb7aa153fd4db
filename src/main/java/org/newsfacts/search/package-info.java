/**
 * Reading Lucene, never writing it: {@link org.newsfacts.search.ArticleSearcher} answers queries
 * with filters, snippets and facets; {@link org.newsfacts.search.AnalysisStore} hands the stored
 * analyses to the facts, entities and export commands. Both open the last commit without a lock,
 * so they work while an ingest runs. Never touches {@code nlp}: everything comes from the index.
 */
package org.newsfacts.search;
