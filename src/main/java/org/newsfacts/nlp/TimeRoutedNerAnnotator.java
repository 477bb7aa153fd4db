package org.newsfacts.nlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.QuantifiableEntityNormalizer;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's NER annotator whose numeric classifiers (SUTime's date and time rules, numbers, money and
 * percentages) run only on the sentences {@link TimeCues} lets through. CoreNLP runs them on every sentence
 * inside its NER combiner; here the combiner runs the statistical models alone and this class adds the numeric
 * tags afterwards, merging them as the combiner does: a numeric tag replaces only an untagged or MISC token,
 * SUTime's timex and number values are copied to the tokens, and the quantities are normalised. A sentence it
 * lets through comes out as CoreNLP would tag it; one it keeps out keeps the statistical tags alone.
 */
final class TimeRoutedNerAnnotator extends NERCombinerAnnotator {
    private static final String BACKGROUND = "O";

    private final NumberSequenceClassifier numeric;
    private final TimeCues cues;
    private final int maxSentenceTokens;

    /**
     * @param props the pipeline's properties, numeric classifiers and SUTime switched on; the statistical part is
     *              built from them with both switched off, the numeric part from the same SUTime settings
     */
    TimeRoutedNerAnnotator(Properties props, TimeCues cues) throws IOException {
        super(statisticalOnly(props));
        this.numeric = new NumberSequenceClassifier(new Properties(), true, numericProperties(props));
        this.cues = cues;
        this.maxSentenceTokens = PropertiesUtils.getInt(props, "ner.maxlen", Integer.MAX_VALUE);
    }

    private static Properties statisticalOnly(Properties props) {
        Properties copy = new Properties();
        copy.putAll(props);
        copy.setProperty(NERClassifierCombiner.APPLY_NUMERIC_CLASSIFIERS_PROPERTY, "false");
        copy.setProperty(NumberSequenceClassifier.USE_SUTIME_PROPERTY, "false");
        return copy;
    }

    /** What CoreNLP's NER annotator hands its number classifier: the pass-down keys and every SUTime key. */
    static Properties numericProperties(Properties props) {
        Properties selected = PropertiesUtils.extractSelectedProperties(props,
                NERClassifierCombiner.DEFAULT_PASS_DOWN_PROPERTIES);
        PropertiesUtils.overWriteProperties(selected, PropertiesUtils.extractPrefixedProperties(props,
                NumberSequenceClassifier.SUTIME_PROPERTY + '.', true));
        return selected;
    }

    @Override
    public void annotate(Annotation annotation) {
        super.annotate(annotation);
        numeric.finalizeClassification(annotation); // SUTime's per-document timex index
    }

    @Override
    public void doOneSentence(Annotation annotation, CoreMap sentence) {
        super.doOneSentence(annotation, sentence);
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens.size() <= maxSentenceTokens && mayHoldTime(tokens)) {
            try {
                addNumericTags(tokens, annotation, sentence);
            } catch (RuntimeInterruptedException e) {
                Thread.currentThread().interrupt(); // over the article's time limit: the statistical tags stand
            }
        }
    }

    private boolean mayHoldTime(List<CoreLabel> tokens) {
        List<String> words = new ArrayList<>(tokens.size());
        List<String> lemmas = new ArrayList<>(tokens.size());
        List<String> tags = new ArrayList<>(tokens.size());
        for (CoreLabel token : tokens) {
            words.add(token.word());
            lemmas.add(token.lemma());
            tags.add(token.ner());
        }
        return cues.mayHoldTime(words, lemmas, tags);
    }

    private void addNumericTags(List<CoreLabel> tokens, Annotation annotation, CoreMap sentence) {
        List<CoreLabel> found = NumberSequenceClassifier.copyTokens(tokens, sentence);
        numeric.classifyWithGlobalInformation(found, annotation, sentence);
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            String before = token.ner();
            String guess = found.get(i).get(CoreAnnotations.AnswerAnnotation.class);
            if ((before == null || BACKGROUND.equals(before) || "MISC".equals(before)) && !BACKGROUND.equals(guess)) {
                token.setNER(guess);
                token.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, guess);
            }
            NumberSequenceClassifier.transferAnnotations(found.get(i), token);
        }
        QuantifiableEntityNormalizer.addNormalizedQuantitiesToEntities(tokens, false, true);
    }
}
