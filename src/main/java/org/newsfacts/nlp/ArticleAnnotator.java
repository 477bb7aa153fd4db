package org.newsfacts.nlp;

import java.util.List;
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
    private volatile boolean coreNlpLoaded;

    /**
     * @param coreNlp     supplies the shared pipeline; it should build it once, on first use
     * @param maxRunChars longest stretch without a sentence end given to CoreNLP
     */
    public ArticleAnnotator(LanguageDetector languages, Supplier<CoreNlpAnnotator> coreNlp, int maxRunChars) {
        this.languages = languages;
        this.coreNlp = coreNlp;
        this.runOn = new RunOnTextDetector(maxRunChars);
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
        return new AnnotatedArticle(article, language, coreNlp.get().annotate(article));
    }

    /**
     * Builds the CoreNLP pipeline now, on the calling thread, if {@code article} will need it: loading takes
     * seconds, and must not count against the first English article's time limit.
     */
    public void prepareFor(Article article) {
        if (!coreNlpLoaded && languages.detect(article.text()).equals("en")) {
            coreNlp.get();
            coreNlpLoaded = true;
        }
    }
}
