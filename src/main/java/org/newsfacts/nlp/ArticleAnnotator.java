package org.newsfacts.nlp;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsfacts.model.AnnotatedArticle;
import org.newsfacts.model.Article;
import org.newsfacts.model.ArticleRejectedException;

/**
 * Article → AnnotatedArticle: detects the language and runs English text through CoreNLP. Other
 * languages are not forced through English models; they come back without sentences, to be indexed as
 * text. English text that is not prose ({@link RunOnTextDetector}) is rejected before CoreNLP sees it.
 * The CoreNLP pipeline is asked for only when the first English article arrives.
 */
public final class ArticleAnnotator {
    private final LanguageDetector languages;
    private final Supplier<CoreNlpAnnotator> coreNlp;
    private final RunOnTextDetector runOn;
    private final ParseSelection parses;
    private volatile CoreNlpAnnotator loaded;

    /**
     * @param coreNlp     supplies the shared pipeline; it should build it once, on first use
     * @param maxRunChars longest stretch without a sentence end given to CoreNLP
     * @param parses      which sentences the dependency parser runs on
     */
    public ArticleAnnotator(LanguageDetector languages, Supplier<CoreNlpAnnotator> coreNlp, int maxRunChars,
                            ParseSelection parses) {
        this.languages = languages;
        this.coreNlp = coreNlp;
        this.runOn = new RunOnTextDetector(maxRunChars);
        this.parses = parses;
    }

    /**
     * The article's language and, for English, its sentences as CoreNLP sees them.
     *
     * @throws ArticleRejectedException when the article is English but not prose
     */
    public AnnotatedArticle annotate(Article article) {
        String language = languages.detect(article.text());
        if (!language.equals("en")) {
            return new AnnotatedArticle(article, language, List.of());
        }
        runOn.describe(article.text()).ifPresent(reason -> {
            throw new ArticleRejectedException(reason);
        });
        CoreNlpAnnotator pipeline = coreNlp.get();
        loaded = pipeline;
        return new AnnotatedArticle(article, language, pipeline.annotate(article, parses));
    }

    /** How long loading CoreNLP took, once an English article made it load. */
    public Optional<Duration> coreNlpLoadTime() {
        CoreNlpAnnotator pipeline = loaded;
        return pipeline == null ? Optional.empty() : Optional.of(pipeline.loadTime());
    }

    /**
     * Builds the CoreNLP pipeline now, on the calling thread, if {@code article} will need it: loading takes
     * seconds, and must not count against the first English article's time limit.
     */
    public void prepareFor(Article article) {
        if (loaded == null && languages.detect(article.text()).equals("en")) {
            loaded = coreNlp.get();
        }
    }
}
