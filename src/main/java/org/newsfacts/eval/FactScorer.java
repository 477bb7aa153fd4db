package org.newsfacts.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * Scores predicted facts against gold facts the way {@code score-facts.py} does: per article and type,
 * each gold fact (file order) takes the first unused prediction (given order) whose key slots match.
 * Only articles with at least one gold line are scored, so a {@code NO_FACTS} line turns everything
 * extracted from its article into false positives while unannotated articles are ignored.
 */
public final class FactScorer {
    /** The types of the headline score; ROLE is a by-product and only scored when asked for. */
    public static final Set<FactType> HEADLINE_TYPES = Collections.unmodifiableSet(new TreeSet<>(
            FactType.values().stream().filter(t -> t.schema().headline()).toList()));

    private final Set<FactType> types;

    /** @param types the fact types to score; reported in declaration order */
    public FactScorer(Set<FactType> types) {
        Objects.requireNonNull(types, "types");
        if (types.isEmpty()) {
            throw new IllegalArgumentException("types must name at least one fact type");
        }
        this.types = Collections.unmodifiableSet(new TreeSet<>(types));
    }

    /**
     * Scores one run. Predictions name articles by id; {@code articles} maps ids to paths, whose last
     * segment is the name gold uses. A prediction for an unknown id keeps the id as its name.
     */
    public EvalReport score(List<GoldFact> gold, List<ArticleRecord> articles, List<Fact> predicted) {
        Map<String, String> idToName = new HashMap<>();
        articles.forEach(a -> idToName.put(a.id(), fileName(a.path())));
        Set<String> goldArticles = new LinkedHashSet<>();
        Map<Key, List<GoldFact>> goldByKey = new LinkedHashMap<>();
        for (GoldFact g : gold) {
            goldArticles.add(g.article());
            if (scored(g.type())) {
                goldByKey.computeIfAbsent(new Key(g.article(), g.type()), k -> new ArrayList<>()).add(g);
            }
        }
        Map<Key, List<Fact>> predByKey = new LinkedHashMap<>();
        for (Fact p : predicted) {
            if (p.type() != null && types.contains(p.type())) {
                String name = idToName.getOrDefault(p.article(), p.article());
                predByKey.computeIfAbsent(new Key(name, p.type().name()), k -> new ArrayList<>()).add(p);
            }
        }
        Set<Key> keys = new LinkedHashSet<>(goldByKey.keySet());
        keys.addAll(predByKey.keySet());
        Tally tally = new Tally();
        for (Key key : keys) {
            if (goldArticles.contains(key.article())) {
                match(key, goldByKey.getOrDefault(key, List.of()), predByKey.getOrDefault(key, List.of()), tally);
            }
        }
        Set<String> missing = new HashSet<>(goldArticles);
        missing.removeAll(idToName.values());
        return tally.report(types, missing.size());
    }

    private void match(Key key, List<GoldFact> gs, List<Fact> ps, Tally tally) {
        FactType type = types.stream().filter(t -> t.name().equals(key.type())).findFirst().orElseThrow();
        int[] counts = tally.perType.computeIfAbsent(key.type(), t -> new int[3]);
        counts[1] += gs.size();
        counts[2] += ps.size();
        boolean[] used = new boolean[ps.size()];
        for (GoldFact g : gs) {
            int hit = -1;
            for (int i = 0; i < ps.size() && hit < 0; i++) {
                if (!used[i] && FactMatcher.keyMatch(type, g, ps.get(i).args())) {
                    hit = i;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
                counts[0]++;
                tally.add(FactMatcher.slotCounts(g, ps.get(hit).args(), ps.get(hit).date()));
            } else {
                tally.add(FactMatcher.slotCounts(g, Map.of(), null));
                tally.misses.add(new Miss(key.article(), key.type(), g.args(), g.date()));
            }
        }
        for (int i = 0; i < ps.size(); i++) {
            if (!used[i]) {
                Fact p = ps.get(i);
                tally.add(FactMatcher.slotCounts(FactMatcher.NO_GOLD, p.args(), p.date()));
                String evidence = p.evidence() == null ? null : p.evidence().sentence();
                tally.spurious.add(new Spurious(key.article(), key.type(), p.args(), p.date(), evidence));
            }
        }
    }

    private boolean scored(String type) {
        return types.stream().anyMatch(t -> t.name().equals(type));
    }

    /** The scorer's {@code path.replace("\\", "/").rsplit("/", 1)[-1]}; a {@code #3} suffix stays. */
    public static String fileName(String path) {
        String p = path == null ? "" : path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private record Key(String article, String type) {
    }

    /** Running totals of one {@link #score} call. */
    private static final class Tally {
        final Map<String, int[]> perType = new HashMap<>();
        final List<Miss> misses = new ArrayList<>();
        final List<Spurious> spurious = new ArrayList<>();
        int slotCorrect;
        int slotGold;
        int slotPredicted;

        /** Unmatched facts add only their own side's slots: a missed fact's to gold, an extra's to predicted. */
        void add(SlotCount c) {
            slotCorrect += c.correct();
            slotGold += c.gold();
            slotPredicted += c.predicted();
        }

        EvalReport report(Set<FactType> types, int articlesWithoutExport) {
            List<TypeScore> perTypeScores = new ArrayList<>();
            int matched = 0;
            int gold = 0;
            int predicted = 0;
            for (FactType t : types) {
                int[] v = perType.getOrDefault(t.name(), new int[3]);
                perTypeScores.add(new TypeScore(t.name(), v[1], v[2], v[0]));
                matched += v[0];
                gold += v[1];
                predicted += v[2];
            }
            return new EvalReport(perTypeScores, new TypeScore("overall", gold, predicted, matched),
                    slotCorrect, slotGold, slotPredicted, articlesWithoutExport, misses, spurious);
        }
    }
}
