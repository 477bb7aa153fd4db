package org.newsfacts.facts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.newsfacts.model.Evidence;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.model.ResolvedArticle;
import org.newsfacts.model.Sentence;

/**
 * Builds fact records with their evidence and a stable id derived from article, type and arguments. Every
 * record is checked against its type's schema ({@link org.newsfacts.model.FactSchema#validate}): an unknown
 * slot, a value of the wrong kind or a missing required slot is a bug in the rule, which fails here.
 */
final class FactFactory {
    private FactFactory() {
    }

    static Fact create(ResolvedArticle article, FactType type, Map<String, Object> args, String date,
                       Sentence sentence, double confidence) {
        type.schema().validate(type.name(), args);
        Evidence evidence = new Evidence(sentence.text(), sentence.start(), sentence.end());
        return new Fact(id(article.article().id(), type, args), type, article.article().id(), args, date, evidence,
                confidence);
    }

    /** Same article, type and arguments give the same id, so re-ingesting never renames a fact. */
    static String id(String articleId, FactType type, Map<String, Object> args) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((articleId + "|" + type + "|" + args).getBytes(StandardCharsets.UTF_8));
            return "f-" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    static Fact withArgs(Fact fact, Map<String, Object> args, String date) {
        fact.type().schema().validate(fact.type().name(), args);
        return new Fact(id(fact.article(), fact.type(), args), fact.type(), fact.article(), args, date,
                fact.evidence(), fact.confidence());
    }
}
