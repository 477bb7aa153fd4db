/**
 * Composes the stages: ingest → nlp → entities → facts → index. {@link org.newsfacts.pipeline.ArticleAnalyzer}
 * is the pure per-article function; {@link org.newsfacts.pipeline.IngestPipeline} feeds it files and
 * writes what it returns, deciding what needs analysis at all.
 */
package org.newsfacts.pipeline;
