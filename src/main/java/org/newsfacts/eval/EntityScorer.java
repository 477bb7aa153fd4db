package org.newsfacts.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores per-article entities against entity gold with the rules of {@code score-entities.py}: types compared
 * in groups, a gold entity matched greedily to the first unused prediction of its article and group whose
 * name or aliases share a folded form with the gold name or forms (dates by value), only gold articles scored.
 */
public final class EntityScorer {
    /** The scorer's groups, in its print order. */
    public static final List<String> GROUPS = List.of("PERSON", "ORG", "PLACE", "CRAFT", "DATE");
    private static final Map<String, String> GROUP = Map.of("PERSON", "PERSON", "AGENCY", "ORG", "ORGANIZATION", "ORG",
            "PLACE", "PLACE", "SPACECRAFT", "CRAFT", "STATION", "CRAFT", "DATE", "DATE");
    /** Celestial bodies are left out on both sides, as in the reference scorer. */
    private static final Set<String> IGNORED = Set.of("earth", "moon", "mars");

    /** Counts per group, and the misses and extras behind them. */
    public EntityReport score(List<GoldEntity> gold, List<PredictedEntity> predicted) {
        Map<Key, List<GoldEntity>> goldByKey = new LinkedHashMap<>();
        Set<String> articles = new HashSet<>();
        for (GoldEntity g : gold) {
            String group = GROUP.get(g.type());
            if (group != null && !IGNORED.contains(EntityNameFolder.fold(g.name()))) {
                goldByKey.computeIfAbsent(new Key(g.article(), group), k -> new ArrayList<>()).add(g);
                articles.add(g.article());
            }
        }
        Map<Key, List<PredictedEntity>> predByKey = new LinkedHashMap<>();
        for (PredictedEntity p : predicted) {
            String group = GROUP.get(p.type());
            if (group != null && articles.contains(p.article()) && !IGNORED.contains(EntityNameFolder.fold(p.name()))) {
                predByKey.computeIfAbsent(new Key(p.article(), group), k -> new ArrayList<>()).add(p);
            }
        }
        Set<Key> keys = new HashSet<>(goldByKey.keySet());
        keys.addAll(predByKey.keySet());
        Map<String, int[]> counts = new LinkedHashMap<>();
        GROUPS.forEach(g -> counts.put(g, new int[4]));
        List<String> misses = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        for (Key key : keys) {
            List<GoldEntity> gs = goldByKey.getOrDefault(key, List.of());
            List<PredictedEntity> ps = predByKey.getOrDefault(key, List.of());
            int[] c = counts.get(key.group());
            c[1] += gs.size();
            c[2] += ps.size();
            boolean[] used = new boolean[ps.size()];
            for (GoldEntity g : gs) {
                Set<String> goldKeys = goldKeys(key.group(), g);
                int hit = -1;
                for (int i = 0; i < ps.size() && hit < 0; i++) {
                    if (!used[i] && intersects(goldKeys, predictedKeys(key.group(), ps.get(i)))) {
                        hit = i;
                    }
                }
                if (hit < 0) {
                    misses.add("MISS  " + key.article() + " " + key.group() + " " + g.name());
                    continue;
                }
                used[hit] = true;
                c[0]++;
                PredictedEntity p = ps.get(hit);
                boolean canonical = key.group().equals("DATE") ? p.name().equals(g.name())
                        : EntityNameFolder.fold(p.name()).equals(EntityNameFolder.fold(g.name()));
                if (canonical) {
                    c[3]++;
                }
            }
            for (int i = 0; i < ps.size(); i++) {
                if (!used[i]) {
                    extras.add("EXTRA " + key.article() + " " + key.group() + " " + ps.get(i).name()
                            + (ps.get(i).aliases().isEmpty() ? "" : " " + ps.get(i).aliases()));
                }
            }
        }
        List<EntityReport.GroupScore> groups = new ArrayList<>();
        counts.forEach((group, c) -> groups.add(new EntityReport.GroupScore(group, c[1], c[2], c[0], c[3])));
        misses.sort(null);
        extras.sort(null);
        return new EntityReport(groups, misses, extras);
    }

    private static Set<String> goldKeys(String group, GoldEntity g) {
        if (group.equals("DATE")) {
            return Set.of(g.name());
        }
        Set<String> keys = new HashSet<>();
        keys.add(EntityNameFolder.fold(g.name()));
        g.forms().forEach(f -> keys.add(EntityNameFolder.fold(f)));
        return keys;
    }

    private static Set<String> predictedKeys(String group, PredictedEntity p) {
        if (group.equals("DATE")) {
            return Set.of(p.name());
        }
        Set<String> keys = new HashSet<>();
        keys.add(EntityNameFolder.fold(p.name()));
        p.aliases().forEach(a -> keys.add(EntityNameFolder.fold(a)));
        return keys;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    private record Key(String article, String group) {
    }
}
