package org.newsfacts.nlp;

import java.util.Properties;
import org.newsfacts.config.NlpConfig;

/**
 * Every CoreNLP property key newsfacts sets, in one place. CoreNLP silently ignores a misspelled key,
 * so this method is unit-tested key by key.
 */
public final class CoreNlpProperties {
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
}
