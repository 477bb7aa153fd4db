package org.newsfacts.model;

import java.util.List;

/**
 * An article after language detection and NLP: our own records, so that nothing downstream needs
 * CoreNLP types or models. Non-English articles carry no sentences.
 */
public record AnnotatedArticle(Article article, String language, List<Sentence> sentences) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }

    /** Token count over all sentences (0 for articles that were not analysed). */
    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
