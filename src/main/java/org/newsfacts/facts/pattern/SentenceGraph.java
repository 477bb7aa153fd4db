package org.newsfacts.facts.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsfacts.model.Dependency;
import org.newsfacts.model.EntityMention;
import org.newsfacts.model.Sentence;
import org.newsfacts.model.Token;

/**
 * One parsed sentence as patterns see it: tokens, their dependency edges both ways, and the entity type of
 * the resolved mention each token belongs to. Built once per sentence a rule looks at; read-only.
 */
public final class SentenceGraph {
    private final Sentence sentence;
    private final List<EntityMention> mentions;
    private final List<List<Dependency>> out = new ArrayList<>();
    private final List<List<Dependency>> in = new ArrayList<>();

    /** @param mentions the resolved mentions of this sentence */
    public SentenceGraph(Sentence sentence, List<EntityMention> mentions) {
        this.sentence = sentence;
        this.mentions = mentions;
        for (int i = 0; i < sentence.tokens().size(); i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.governor() >= 0 && d.governor() < size() && d.dependent() < size()) {
                out.get(d.governor()).add(d);
                in.get(d.dependent()).add(d);
            }
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    public int size() {
        return sentence.tokens().size();
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    /** Lower-case lemma (the word where the tagger gave none). */
    public String lemma(int i) {
        Token t = token(i);
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    /** Edges this token governs. */
    public List<Dependency> dependents(int i) {
        return out.get(i);
    }

    /** Edges that govern this token. */
    public List<Dependency> governors(int i) {
        return in.get(i);
    }

    /** The resolved mention this token is part of, or null. */
    public EntityMention mentionAt(int i) {
        for (EntityMention m : mentions) {
            if (m.tokenStart() <= i && i < m.tokenEnd()) {
                return m;
            }
        }
        return null;
    }

    /** The type name of the mention this token is part of ("PERSON", "AGENCY", ...), or "O". */
    public String typeAt(int i) {
        EntityMention m = mentionAt(i);
        return m == null ? "O" : m.type().name();
    }
}
