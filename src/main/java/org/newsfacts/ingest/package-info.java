/**
 * First stage of the flow, Path → Article: walks the corpus folders, decodes each file's bytes into
 * text and hands it to one reader per format. Every problem with a file becomes a one-line
 * {@link org.newsfacts.ingest.Ingested.Rejected} so that a bad file never stops a batch.
 * No NLP or Lucene types here: the output is plain {@link org.newsfacts.model.Article} records.
 */
package org.newsfacts.ingest;
