package org.newsfacts.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits tokens that glue two sentences together where a space is missing after a full stop
 * ("Varga.Earlier"): CoreNLP's tokenizer keeps them whole, so NER reads one odd name and the sentence goes
 * on. The text is never altered (evidence offsets point into it): the token is cut in three, each part
 * keeping its own character offsets, and its sentence ends at the full stop. Runs between CoreNLP's
 * tokenizer (which also splits sentences) and its taggers.
 */
final class TokenSplitter {
    /** A word ending in a lower-case letter, a full stop, a capitalised word: no abbreviation, no "U.S". */
    private static final Pattern GLUED = Pattern.compile("(\\p{L}[\\p{L}'\u2019-]*\\p{Ll})\\.(\\p{Lu}\\p{Ll}+)");

    private TokenSplitter() {
    }

    /** Splits every glued token of the tokenized {@code document} and the sentence it ends; a no-op without one. */
    static void split(Annotation document) {
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || document.get(CoreAnnotations.TokensAnnotation.class).stream().noneMatch(TokenSplitter::glued)) {
            return;
        }
        String text = document.get(CoreAnnotations.TextAnnotation.class);
        List<List<CoreLabel>> split = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> current = new ArrayList<>();
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                Matcher m = GLUED.matcher(token.word());
                if (glued(token) && m.matches()) {
                    int begin = token.beginPosition();
                    int stop = begin + m.end(1);
                    current.add(part(token, m.group(1), begin, stop, token.before(), ""));
                    current.add(part(token, ".", stop, stop + 1, "", ""));
                    split.add(current);
                    current = new ArrayList<>();
                    current.add(part(token, m.group(2), stop + 1, token.endPosition(), "", token.after()));
                } else {
                    current.add(token);
                }
            }
            if (!current.isEmpty()) {
                split.add(current);
            }
        }
        renumber(document, text, split);
    }

    private static boolean glued(CoreLabel token) {
        return token.endPosition() - token.beginPosition() == token.word().length() && GLUED.matcher(token.word()).matches();
    }

    /** Sentence and token indices as CoreNLP's sentence splitter sets them. */
    private static void renumber(Annotation document, String text, List<List<CoreLabel>> split) {
        List<CoreLabel> all = new ArrayList<>();
        List<CoreMap> sentences = new ArrayList<>();
        for (List<CoreLabel> tokens : split) {
            int begin = tokens.get(0).beginPosition();
            int end = tokens.get(tokens.size() - 1).endPosition();
            Annotation sentence = new Annotation(text.substring(begin, end));
            sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, sentences.size());
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel token = tokens.get(i);
                token.setIndex(i + 1);
                token.setSentIndex(sentences.size());
                token.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
                token.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + 1);
                all.add(token);
            }
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, all.size());
            sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
            sentences.add(sentence);
        }
        document.set(CoreAnnotations.TokensAnnotation.class, all);
        document.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    }

    private static CoreLabel part(CoreLabel whole, String word, int begin, int end, String before, String after) {
        CoreLabel label = new CoreLabel(whole);
        label.setWord(word);
        label.setValue(word);
        label.setOriginalText(word);
        label.setBeginPosition(begin);
        label.setEndPosition(end);
        label.setBefore(before == null ? "" : before);
        label.setAfter(after == null ? "" : after);
        return label;
    }
}
