package org.newsfacts.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.newsfacts.config.NlpConfig;
import org.newsfacts.entities.EntityResolver;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.entities.MissionCatalog;
import org.newsfacts.facts.Lexicons;
import org.newsfacts.nlp.CoreNlpAnnotator;
import org.newsfacts.nlp.OpenNlpLanguageDetector;
import org.newsfacts.nlp.ParseSelection;
import org.newsfacts.facts.FactExtractor;
import org.newsfacts.model.AnnotatedArticle;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.Article;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.ResolvedArticle;
import org.newsfacts.nlp.ArticleAnnotator;

/**
 * The pure function at the heart of newsfacts: one article in, its analysis out (entities and facts).
 * It holds only read-only models, so one instance serves every worker thread, and the same code can run
 * inside a distributed engine with one instance per executor.
 */
public final class ArticleAnalyzer {
    private final ArticleAnnotator annotator;
    private final EntityResolver resolver;
    private final FactExtractor extractor;

    public ArticleAnalyzer(ArticleAnnotator annotator, EntityResolver resolver, FactExtractor extractor) {
        this.annotator = annotator;
        this.resolver = resolver;
        this.extractor = extractor;
    }

    /**
     * The standard analyzer: OpenNLP language detection, CoreNLP for English (built on the first English
     * article, once per process), the bundled gazetteer, mission catalog and lexicons. Only sentences holding
     * a word the rules' lexicons list are dependency-parsed.
     */
    public static ArticleAnalyzer standard(NlpConfig config, boolean verbose) {
        Supplier<CoreNlpAnnotator> coreNlp = () -> CoreNlpAnnotator.shared(config, verbose);
        MissionCatalog missions = MissionCatalog.bundled();
        Lexicons lexicons = Lexicons.bundled();
        ParseSelection parses = ParseSelection.of(lexicons.parseLemmas());
        return new ArticleAnalyzer(new ArticleAnnotator(new OpenNlpLanguageDetector(), coreNlp, config.maxRunChars(), parses),
                new EntityResolver(Gazetteer.bundled(), missions),
                FactExtractor.standard(lexicons, missions));
    }

    /**
     * The article's entities and facts, with its record (language, token count).
     *
     * @throws org.newsfacts.model.ArticleRejectedException when the article cannot be analysed (text that is not prose)
     * @throws CancellationException when the thread was interrupted because the analysis ran over its time limit
     */
    public Analysis analyze(Article article) {
        AnnotatedArticle annotated = annotator.annotate(article);
        stopIfInterrupted();
        ArticleRecord record = new ArticleRecord(article.id(), article.path(), article.title(), article.date(),
                annotated.language(), article.sha256(), tokens(annotated));
        if (annotated.sentences().isEmpty()) {
            return new Analysis(record, List.of(), List.of());
        }
        ResolvedArticle resolved = resolver.resolve(annotated);
        stopIfInterrupted();
        return new Analysis(record, resolved.entities(), extractor.extract(resolved));
    }

    /** Loads the models {@code article} will need now, on the calling thread, so no article's time limit pays for it. */
    public void prepareFor(Article article) {
        annotator.prepareFor(article);
    }

    /**
     * Our stages do not poll for interrupts themselves; checking between them lets an analysis abandoned after
     * its time limit end at the next stage instead of running to completion for nothing.
     */
    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("analysis abandoned after its time limit");
        }
    }

    /** How long loading CoreNLP took, once an English article made it load; empty before. */
    public Optional<Duration> coreNlpLoadTime() {
        return annotator.coreNlpLoadTime();
    }

    /** CoreNLP's token count; for text not analysed, a whitespace word count so the figure is never empty. */
    private static int tokens(AnnotatedArticle annotated) {
        if (!annotated.sentences().isEmpty()) {
            return annotated.tokenCount();
        }
        String text = annotated.article().text().strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }
}
