package org.newsfacts.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.Properties;
import org.newsfacts.config.NlpConfig;
import org.newsfacts.model.Article;
import org.newsfacts.model.Dependency;
import org.newsfacts.model.Mention;
import org.newsfacts.model.Sentence;
import org.newsfacts.model.Timex;
import org.newsfacts.model.Token;

/**
 * Runs one shared CoreNLP pipeline over English articles and copies what it found into our records.
 * Building it loads the models (seconds, gigabytes), so a process builds at most one and only when an
 * article actually needs analysis; {@link #annotate} is safe to call from several threads at once.
 */
public final class CoreNlpAnnotator {
    private static final List<String> TIME_TAGS = List.of("DATE", "TIME");

    /**
     * One pipeline per set of CoreNLP properties and process: loading takes seconds and gigabytes, so it is
     * never repeated, not even for settings CoreNLP never sees (such as the per-article time limit).
     */
    private static final Map<Map<Object, Object>, CoreNlpAnnotator> SHARED =
            new ConcurrentHashMap<>();

    private final StanfordCoreNLP tokenizer;
    private final StanfordCoreNLP pipeline;
    private final TimeRoutedNerAnnotator ner;
    private final DependencyParser parser;
    private final int maxParseTokens;
    private final Duration loadTime;

    /** The process-wide annotator for {@code config}, built on first use. */
    public static CoreNlpAnnotator shared(NlpConfig config, boolean verbose) {
        return SHARED.computeIfAbsent(Map.copyOf(CoreNlpProperties.from(config)),
                properties -> new CoreNlpAnnotator(config, verbose));
    }

    public CoreNlpAnnotator(NlpConfig config, boolean verbose) {
        if (!verbose) {
            RedwoodConfiguration.current().clear().apply(); // CoreNLP's loading chatter is not for users
        }
        long started = System.nanoTime();
        Properties all = CoreNlpProperties.from(config);
        // The parser's and NER's models load on threads of their own while the tagger's loads here: loading is
        // mostly reading and unpacking, one model at a time, so the second core would otherwise idle.
        CompletableFuture<DependencyParser> parserLoading = loadAside("newsfacts-parser-loading",
                () -> DependencyParser.loadFromModelFile(CoreNlpProperties.PARSER_MODEL, CoreNlpProperties.parser()));
        CompletableFuture<TimeRoutedNerAnnotator> nerLoading = loadAside("newsfacts-ner-loading", () -> newNer(all));
        // Three stages: glued tokens ("Varga.Earlier") are split between tokenizing and sentence splitting, and
        // NER runs SUTime only where a time expression may be.
        this.tokenizer = new StanfordCoreNLP(CoreNlpProperties.tokenizeStage(all), false);
        this.pipeline = new StanfordCoreNLP(CoreNlpProperties.taggingStage(all), false);
        this.ner = await(nerLoading);
        this.parser = await(parserLoading);
        this.maxParseTokens = config.maxSentenceTokens();
        this.loadTime = Duration.ofNanos(System.nanoTime() - started);
    }

    private static TimeRoutedNerAnnotator newNer(Properties all) {
        try {
            return new TimeRoutedNerAnnotator(all, TimeCues.bundled());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load CoreNLP's NER models", e);
        }
    }

    /** Runs {@code load} on a daemon thread of its own, named {@code name}. */
    private static <T> CompletableFuture<T> loadAside(String name, Supplier<T> load) {
        CompletableFuture<T> loading = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                loading.complete(load.get());
            } catch (Throwable e) {
                loading.completeExceptionally(e);
            }
        }, name);
        loader.setDaemon(true);
        loader.start();
        return loading;
    }

    /** What {@code loading} loaded; its failure rethrown as it was thrown. */
    private static <T> T await(CompletableFuture<T> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** How long building the pipeline (loading the models) took. */
    public Duration loadTime() {
        return loadTime;
    }

    /** Tokenizes, tags and finds names and dates; relative dates resolve against the article's date. No parse. */
    public List<Sentence> annotate(Article article) {
        return annotate(article, ParseSelection.none());
    }

    /**
     * Tokenizes, tags and finds names and dates, then parses the sentences {@code selection} picks; the
     * others come back without dependency edges.
     */
    public List<Sentence> annotate(Article article, ParseSelection selection) {
        Annotation document = new Annotation(article.text());
        if (article.date() != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, article.date());
        }
        tokenizer.annotate(document);
        TokenSplitter.split(document);
        pipeline.annotate(document);
        ner.annotate(document);
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        Map<CoreMap, SemanticGraph> graphs = parse(sentences, selection);
        List<Sentence> result = new ArrayList<>(sentences.size());
        for (CoreMap sentence : sentences) {
            result.add(toSentence(result.size(), sentence, article.text(), graphs.get(sentence)));
        }
        return result;
    }

    /**
     * The enhanced++ graphs of the selected sentences. The parser is called directly rather than through
     * CoreNLP's depparse annotator, which converts every parse into five graphs (basic, collapsed,
     * CC-processed, enhanced, enhanced++) where the rules read one: the conversions cost a sixth of the
     * parse. Stops early when the thread is interrupted (the article ran over its time limit).
     */
    private Map<CoreMap, SemanticGraph> parse(List<CoreMap> sentences, ParseSelection selection) {
        Map<CoreMap, SemanticGraph> graphs = new IdentityHashMap<>();
        for (CoreMap sentence : sentences) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.size() <= maxParseTokens && selection.selects(labels.stream().map(CoreLabel::lemma).toList())) {
                GrammaticalStructure structure = parser.predict(sentence);
                graphs.put(sentence, SemanticGraphFactory.makeFromTree(structure,
                        SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null));
            }
        }
        return graphs;
    }

    /** The enhanced++ edges of a parsed sentence (without the copies of elided words), else none. */
    private static List<Dependency> dependencies(SemanticGraph graph) {
        if (graph == null) {
            return List.of();
        }
        List<Dependency> edges = new ArrayList<>();
        graph.getRoots().forEach(root -> edges.add(new Dependency(Dependency.ROOT, root.index() - 1, "root")));
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            if (edge.getGovernor().copyCount() == 0 && edge.getDependent().copyCount() == 0) {
                edges.add(new Dependency(edge.getGovernor().index() - 1, edge.getDependent().index() - 1,
                        edge.getRelation().toString()));
            }
        }
        return edges;
    }

    private static Sentence toSentence(int index, CoreMap sentence, String text, SemanticGraph graph) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            tokens.add(new Token(label.word(), label.lemma(), label.tag(), nerOf(label),
                    label.beginPosition(), label.endPosition()));
        }
        int sentenceBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        List<Mention> mentions = new ArrayList<>();
        List<Timex> timexes = new ArrayList<>();
        List<CoreMap> entityMentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        for (CoreMap m : entityMentions == null ? List.<CoreMap>of() : entityMentions) {
            int from = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceBegin;
            int to = m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceBegin;
            String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            String surface = m.get(CoreAnnotations.TextAnnotation.class);
            int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            mentions.add(new Mention(from, to, tag, surface, start, end));
            String normalized = labels.get(from).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if (TIME_TAGS.contains(tag) && normalized != null) {
                timexes.add(new Timex(from, to, surface, normalized, tag));
            }
        }
        int start = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, start, end, text.substring(start, end), tokens, mentions, timexes,
                dependencies(graph));
    }

    private static String nerOf(CoreLabel label) {
        String ner = label.ner();
        return ner == null ? "O" : ner;
    }
}
