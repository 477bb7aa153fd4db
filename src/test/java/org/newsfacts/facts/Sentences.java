package org.newsfacts.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.model.AnnotatedArticle;
import org.newsfacts.model.Article;
import org.newsfacts.model.Entity;
import org.newsfacts.model.EntityMention;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.ResolvedArticle;
import org.newsfacts.model.Sentence;
import org.newsfacts.model.Token;

/**
 * Builds resolved articles by hand, so fact rules are tested without loading a model. Notation, tokens
 * separated by spaces: {@code word}, {@code word/POS} or {@code word/POS/lemma}; a mention is
 * {@code [Vladimir Putin]PERSON}, with an optional canonical name {@code [Rogozin]PERSON=Dmitry_Rogozin};
 * tag MISSION makes a SPACECRAFT mention of a named flight; DATE takes its TIMEX value after '='.
 */
final class Sentences {
    private static final Pattern ITEM = Pattern.compile("\\[([^\\]]+)\\](\\w+)(?:=(\\S+))?|(\\S+)");

    private Sentences() {
    }

    static ResolvedArticle article(String date, String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> parsed = new ArrayList<>();
        List<List<EntityMention>> mentions = new ArrayList<>();
        for (String notation : sentences) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int sentenceStart = text.length();
            List<Token> tokens = new ArrayList<>();
            List<EntityMention> inSentence = new ArrayList<>();
            Matcher m = ITEM.matcher(notation);
            while (m.find()) {
                if (m.group(4) != null) {
                    tokens.add(token(m.group(4), text));
                    continue;
                }
                int first = tokens.size();
                for (String word : m.group(1).split(" ")) {
                    tokens.add(token(word + "/NNP", text));
                }
                String tag = m.group(2);
                EntityType type = tag.equals("MISSION") ? EntityType.SPACECRAFT : EntityType.valueOf(tag);
                String canonical = m.group(3) != null ? m.group(3).replace('_', ' ') : m.group(1);
                inSentence.add(new EntityMention(parsed.size(), first, tokens.size(), type, tag, canonical, m.group(1),
                        tokens.get(first).start(), tokens.get(tokens.size() - 1).end()));
            }
            String sentenceText = text.substring(sentenceStart);
            parsed.add(new Sentence(parsed.size(), sentenceStart, text.length(), sentenceText, tokens, List.of(), List.of()));
            mentions.add(inSentence);
        }
        Article article = new Article("a1b2c3d4e5f6", "test.txt", "test", date, null, text.toString(), "0".repeat(64));
        List<Entity> entities = new ArrayList<>();
        mentions.stream().flatMap(List::stream).forEach(m -> {
            if (entities.stream().noneMatch(e -> e.name().equals(m.canonical()) && e.type() == m.type())) {
                long count = mentions.stream().flatMap(List::stream).filter(x -> x.canonical().equals(m.canonical())).count();
                entities.add(new Entity(m.type().idPrefix() + ":" + m.canonical(), m.type(), m.canonical(), List.of(), null, (int) count));
            }
        });
        return new ResolvedArticle(new AnnotatedArticle(article, "en", parsed), entities, mentions);
    }

    private static Token token(String spec, StringBuilder text) {
        String[] parts = spec.split("/");
        String word = parts[0].isEmpty() ? "/" : parts[0];
        String pos = parts.length > 1 ? parts[1] : (Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN");
        String lemma = parts.length > 2 ? parts[2] : word.toLowerCase(Locale.ROOT);
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append(' ');
        }
        int start = text.length();
        text.append(word);
        return new Token(word, lemma, pos, "O", start, text.length());
    }
}
