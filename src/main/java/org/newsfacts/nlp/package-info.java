/**
 * Language detection and the CoreNLP adapter: Article → AnnotatedArticle. The only package that
 * imports OpenNLP or CoreNLP; it hands downstream our own records, so rules, index and export
 * never pay for (or depend on) a model load.
 */
package org.newsfacts.nlp;
