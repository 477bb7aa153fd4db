package org.newsfacts.nlp;

import java.util.List;
import java.util.Properties;
import org.newsfacts.config.NlpConfig;

/**
 * Every CoreNLP property key newsfacts sets, in one place. CoreNLP silently ignores a misspelled key,
 * so this method is unit-tested key by key.
 */
public final class CoreNlpProperties {
    /** PERSON, ORGANIZATION, LOCATION; then DATE, TIME, MONEY, PERCENT where the first says nothing. */
    static final List<String> NER_MODELS = List.of(
            "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
            "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz");

    private CoreNlpProperties() {
    }

    /** The annotators and options for English news: what the fact rules need, nothing more. */
    public static Properties from(NlpConfig config) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("tokenize.language", "en");
        // A blank line always ends a sentence: headings must not run into the paragraph below them.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // The KBP fine-grained gazetteer costs two thirds of NER time; models/gazetteer.tsv does its job for our types.
        props.setProperty("ner.applyFineGrained", "false");
        // Two of CoreNLP's three default models: the CoNLL one only adds MISC, which no rule reads (numbers and
        // dates may overwrite MISC anyway), so leaving it out changes no other tag and saves a tenth of NER time.
        props.setProperty("ner.model", String.join(",", NER_MODELS));
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.applyNumericClassifiers", "true");
        // Table-like "sentences" of hundreds of tokens are not prose; tagging them costs minutes and finds nothing.
        String maxLen = Integer.toString(config.maxSentenceTokens());
        props.setProperty("pos.maxlen", maxLen);
        props.setProperty("ner.maxlen", maxLen);
        // Never anchor dates to today: only the article's own date (set per document) resolves relative dates.
        props.setProperty("ner.docdate.usePresent", "false");
        props.setProperty("sutime.markTimeRanges", "false");
        props.setProperty("sutime.includeRange", "false");
        return props;
    }

    /**
     * The dependency parser's model, run with its default options after tagging on the sentences a
     * {@link ParseSelection} picks (never on those over the length cap): the neural parser with CoreNLP's
     * Universal Dependencies model, whose graphs include enhanced++ edges ("nmod:of", "conj:and", subjects
     * shared across conjoined verbs).
     */
    static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    /**
     * The parser's own options. Its network caches the hidden-layer share of each (word, feature slot) pair it
     * meets; CoreNLP keeps 5,000 of them, which news vocabulary overflows, so the cache thrashed and its map
     * lookups were a third of parse time. 50,000 (about 40 MB) keeps a folder's working set and parses a
     * fifth faster; the parses are the same, only recomputation is saved.
     */
    static Properties parser() {
        Properties props = new Properties();
        props.setProperty("numCached", Integer.toString(PARSER_CACHE));
        return props;
    }

    static final int PARSER_CACHE = 50_000;

    /** {@code all} with the tokenizer alone: the first stage, after which glued tokens are split. */
    static Properties tokenizeStage(Properties all) {
        return stage(all, "tokenize");
    }

    /**
     * {@code all} with the annotators between the tokenizer and NER: the second stage. NER is the third, built
     * from {@code all} as a {@link TimeRoutedNerAnnotator}.
     */
    static Properties taggingStage(Properties all) {
        String annotators = all.getProperty("annotators");
        String afterTokenizer = annotators.substring(annotators.indexOf(',') + 1);
        if (!afterTokenizer.endsWith(",ner")) {
            throw new IllegalStateException("NER must be the last annotator: " + annotators);
        }
        return stage(all, afterTokenizer.substring(0, afterTokenizer.length() - ",ner".length()));
    }

    private static Properties stage(Properties all, String annotators) {
        Properties props = new Properties();
        props.putAll(all);
        props.setProperty("annotators", annotators);
        return props;
    }
}
