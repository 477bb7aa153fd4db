package org.newsfacts.nlp;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsfacts.model.AnnotatedArticle;
import org.newsfacts.model.Article;

/**
 * Article → AnnotatedArticle: detects the language and runs English text through CoreNLP. Other
 * languages are not forced through English models; they come back without sentences, to be indexed as
 * text. The CoreNLP pipeline is asked for only when the first English article arrives.
 */
public final class ArticleAnnotator {
    private final LanguageDetector languages;
    private final Supplier<CoreNlpAnnotator> coreNlp;
    private volatile CoreNlpAnnotator loaded;

    /** @param coreNlp supplies the shared pipeline; it should build it once, on first use */
    public ArticleAnnotator(LanguageDetector languages, Supplier<CoreNlpAnnotator> coreNlp) {
        this.languages = languages;
        this.coreNlp = coreNlp;
    }

    public AnnotatedArticle annotate(Article article) {
        String language = languages.detect(article.text());
        if (!language.equals("en")) {
            return new AnnotatedArticle(article, language, List.of());
        }
        CoreNlpAnnotator pipeline = coreNlp.get();
        loaded = pipeline;
        return new AnnotatedArticle(article, language, pipeline.annotate(article));
    }

    /** How long loading CoreNLP took, once an English article made it load. */
    public Optional<Duration> coreNlpLoadTime() {
        CoreNlpAnnotator pipeline = loaded;
        return pipeline == null ? Optional.empty() : Optional.of(pipeline.loadTime());
    }
}
