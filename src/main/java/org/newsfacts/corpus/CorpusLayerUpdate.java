package org.newsfacts.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.index.CorpusLayerBuilder;
import org.newsfacts.index.CorpusLayerSource;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.StoredEntity;
import org.newsfacts.model.StoredMergedFact;

/**
 * Updates the stored corpus layer for a few changed articles so that it is exactly what {@link Corpus} would
 * compute from all of them, by recomputing only what those articles can affect, with the same code:
 * <ol>
 * <li>Entities: the grouping keys of the changed articles, before and after, widened to every key sharing
 *     a person signature (they may unite); every article naming one of those keys is read and grouped again.
 *     A group depends on nothing else. Ids are then claimed again among all entities sharing an id stem, in
 *     corpus order, as the full grouping claims them.</li>
 * <li>Merged facts: the facts of the changed articles, before and after, and every fact whose resolution
 *     read a key whose entity changed its id, name or type (or appeared, or vanished), are resolved again;
 *     every bucket any of them was or now is in is merged again from all its facts. A bucket depends on
 *     nothing else.</li>
 * </ol>
 * Declines (empty) when that would read more than a given number of articles: then the full computation is
 * cheaper. Reads through a {@link CorpusLayerSource}, so any writer of the layer can use it. One use only.
 */
final class CorpusLayerUpdate {
    /** Fact-level identity: the article and the fact's id in it. */
    private record FactRef(String article, String fact) {
    }

    private final EntityGrouper grouper;
    private final CorpusLayerSource layer;
    private final int maxArticles;
    private final Map<String, Analysis> analyses = new HashMap<>();
    private final Map<String, Map<String, List<String>>> names = new HashMap<>();

    CorpusLayerUpdate(Gazetteer gazetteer, CorpusLayerSource layer, int maxArticles) {
        this.grouper = new EntityGrouper(gazetteer);
        this.layer = layer;
        this.maxArticles = maxArticles;
    }

    /** Articles read beyond which the update declines, for an index of {@code articles}: a quarter of it, at least 2,000. */
    static int defaultLimit(int articles) {
        return Math.max(2_000, articles / 4);
    }

    Optional<CorpusLayerBuilder.Update> run(Set<String> changed) throws IOException {
        if (changed.size() > maxArticles) {
            return Optional.empty(); // a bulk load: one full computation costs less than reading that much piecemeal
        }
        List<Analysis> now = layer.analyses(changed);
        now.forEach(a -> analyses.put(a.article().id(), a));

        // entities: the keys the change touches, closed under shared signatures
        Map<String, StoredEntity> old = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        now.forEach(a -> keys.addAll(grouper.keys(a)));
        Collection<StoredEntity> found = layer.entitiesOfArticles(changed);
        Set<String> signatures = new HashSet<>();
        while (true) {
            for (StoredEntity e : found) {
                if (e.maintenance() == null) {
                    return Optional.empty(); // a layer of an older layout: recompute it in full
                }
                if (old.putIfAbsent(e.entity().id(), e) == null) {
                    keys.addAll(e.keys());
                }
            }
            Set<String> newSignatures = EntityGrouper.signatures(keys);
            newSignatures.removeAll(signatures);
            signatures.addAll(newSignatures);
            found = unseen(layer.entitiesWithSignatures(newSignatures), old);
            if (found.isEmpty()) {
                found = unseen(layer.entitiesWithKeys(keys), old);
            }
            if (found.isEmpty()) {
                break;
            }
        }
        // a simple key is grouped again from what each article gave, kept in its record; the others from their articles
        Map<String, StoredEntity> oldByKey = new HashMap<>();
        old.values().forEach(e -> e.keys().forEach(k -> oldByKey.put(k, e)));
        Set<String> simple = new HashSet<>();
        for (String key : keys) {
            StoredEntity before = oldByKey.get(key);
            if (EntityGrouper.isSimple(key) && (before == null || before.maintenance().contributions() != null)) {
                simple.add(key);
            }
        }
        Map<String, ArticleRecord> records = new HashMap<>();
        Set<String> articleIds = new HashSet<>();
        for (StoredEntity e : old.values()) {
            if (!simple.containsAll(e.keys())) {
                e.articles().forEach(a -> articleIds.add(a.id()));
            }
        }
        articleIds.removeAll(changed);
        now.forEach(a -> articleIds.add(a.article().id()));
        if (!load(articleIds)) {
            return Optional.empty();
        }
        List<Analysis> naming = articleIds.stream().map(analyses::get)
                .sorted(Comparator.comparing((Analysis a) -> a.article().path())).toList();
        naming.forEach(a -> records.put(a.article().id(), a.article()));
        List<EntityGrouper.Group> regrouped = new ArrayList<>();
        for (EntityGrouper.Group g : grouper.groupWithoutIds(naming)) {
            if (g.keys().stream().anyMatch(k -> keys.contains(k) && !simple.contains(k))) {
                if (!keys.containsAll(g.keys())) {
                    throw new IllegalStateException("corpus layer update: group " + g.baseId() + " reaches beyond "
                            + "the keys it was recomputed for");
                }
                regrouped.add(g);
            }
        }
        Map<String, Map<String, StoredEntity.Contribution>> given = new HashMap<>(); // article → key → what it gives
        now.forEach(a -> given.put(a.article().id(), grouper.contributions(a)));
        for (String key : simple) {
            List<StoredEntity.Contribution> contributions = new ArrayList<>();
            StoredEntity before = oldByKey.get(key);
            if (before != null) {
                before.maintenance().contributions().stream().filter(c -> !changed.contains(c.article()))
                        .forEach(contributions::add);
                before.articles().forEach(a -> records.putIfAbsent(a.id(), a));
            }
            for (Analysis a : now) {
                StoredEntity.Contribution c = given.get(a.article().id()).get(key);
                if (c != null) {
                    contributions.add(c);
                }
            }
            contributions.sort(Comparator.comparing(StoredEntity.Contribution::path));
            EntityGrouper.Group g = grouper.regroup(key, contributions);
            if (g != null) {
                regrouped.add(g);
            }
        }

        // ids: claimed again by every entity of the stems involved, in corpus order
        Set<String> stems = new HashSet<>();
        regrouped.forEach(g -> stems.add(EntityGrouper.stem(g.baseId())));
        old.values().forEach(e -> stems.add(e.maintenance().stem()));
        Map<EntityGrouper.Group, StoredEntity> others = new IdentityHashMap<>(); // claimant → the untouched entity it stands for
        List<EntityGrouper.Group> claimants = new ArrayList<>(regrouped);
        for (StoredEntity e : layer.entitiesWithStems(stems)) {
            if (!old.containsKey(e.entity().id())) {
                if (e.maintenance() == null) {
                    return Optional.empty();
                }
                EntityGrouper.Group claimant = new EntityGrouper.Group(Set.copyOf(e.keys()), e.entity(), List.of(),
                        e.maintenance().baseId(), e.maintenance().firstPath(), e.maintenance().firstIndex(), null);
                others.put(claimant, e);
                claimants.add(claimant);
            }
        }
        claimants.sort(EntityGrouper.CLAIM_ORDER);
        Set<String> removedEntities = new HashSet<>(old.keySet());
        List<StoredEntity> entities = new ArrayList<>();
        Map<String, CorpusEntity> byKey = new HashMap<>();
        Set<String> changedKeys = new HashSet<>();
        List<EntityGrouper.Group> claimed = EntityGrouper.assignIds(claimants);
        for (int i = 0; i < claimed.size(); i++) {
            EntityGrouper.Group g = claimed.get(i);
            StoredEntity before = others.get(claimants.get(i));
            if (before != null) {
                if (!before.entity().id().equals(g.entity().id())) { // renamed: another entity took its id
                    removedEntities.add(before.entity().id());
                    StoredEntity renamed = new StoredEntity(g.entity(), before.articles(), before.keys(),
                            before.foldedName(), before.foldedAliases(), before.surname(), before.maintenance());
                    entities.add(renamed);
                    before.keys().forEach(k -> byKey.put(k, g.entity()));
                    changedKeys.addAll(before.keys());
                }
                continue;
            }
            entities.add(LayerRecords.entity(g, records::get));
            g.keys().forEach(k -> byKey.put(k, g.entity()));
        }
        for (String key : keys) {
            StoredEntity before = oldByKey.get(key);
            if (!sameForResolution(before == null ? null : before.entity(), byKey.get(key))) {
                changedKeys.add(key);
            }
        }
        Map<String, CorpusEntity> untouched = new HashMap<>();
        EntityLookup lookup = new EntityLookup(grouper, this::names, key -> {
            if (byKey.containsKey(key)) {
                return byKey.get(key);
            }
            if (keys.contains(key)) {
                return null; // recomputed, and no article has it any more
            }
            return untouched.computeIfAbsent(key, this::storedEntity);
        });

        // merged facts: every bucket a re-resolved fact was or is in, merged again from all its facts; a fact
        // of an unchanged article whose dependencies kept their entities is taken as stored, not read again
        Set<String> buckets = new HashSet<>();
        Set<String> expanded = new HashSet<>();
        Set<FactRef> stale = new HashSet<>();
        Set<FactRef> toRead = new HashSet<>();
        Map<FactRef, ResolvedFact> resolved = new HashMap<>();
        List<StoredMergedFact> before = new ArrayList<>(layer.factsFromArticles(changed));
        List<StoredMergedFact> depending = layer.factsDependingOn(changedKeys);
        for (StoredMergedFact f : depending) {
            for (StoredMergedFact.Report r : f.reports()) {
                if (r.dependencies().stream().anyMatch(changedKeys::contains)) {
                    stale.add(new FactRef(r.article().id(), r.fact().id()));
                }
            }
        }
        before.addAll(depending);
        before.forEach(f -> take(f, changed, stale, resolved, toRead, buckets));
        now.forEach(a -> a.facts().forEach(f -> toRead.add(new FactRef(a.article().id(), f.id()))));
        CorpusFactMerger merger = new CorpusFactMerger(lookup);
        while (true) {
            List<String> toExpand = buckets.stream().filter(b -> !expanded.contains(b)).toList();
            if (toExpand.isEmpty() && toRead.isEmpty()) {
                break;
            }
            expanded.addAll(toExpand);
            for (StoredMergedFact f : layer.factsInBuckets(toExpand)) {
                take(f, changed, stale, resolved, toRead, buckets);
            }
            Set<String> needed = new HashSet<>();
            toRead.forEach(r -> needed.add(r.article()));
            if (!load(needed)) {
                return Optional.empty();
            }
            for (String articleId : needed) {
                Analysis a = analyses.get(articleId);
                for (int i = 0; i < a.facts().size(); i++) {
                    FactRef ref = new FactRef(articleId, a.facts().get(i).id());
                    if (toRead.contains(ref) && !resolved.containsKey(ref)) {
                        ResolvedFact r = merger.resolve(a, i);
                        resolved.put(ref, r);
                        buckets.add(CorpusFactMerger.bucket(r));
                    }
                }
            }
            toRead.clear(); // read, or a source whose article no longer has that fact
        }
        Map<String, List<ResolvedFact>> byBucket = new HashMap<>();
        resolved.values().forEach(r -> byBucket.computeIfAbsent(CorpusFactMerger.bucket(r), b -> new ArrayList<>()).add(r));
        List<StoredMergedFact> facts = new ArrayList<>();
        byBucket.forEach((bucket, inBucket) -> {
            inBucket.sort(ResolvedFact.MERGE_ORDER);
            facts.addAll(CorpusFactMerger.mergeBucket(bucket, inBucket));
        });
        return Optional.of(new CorpusLayerBuilder.Update(removedEntities, buckets, entities, facts));
    }

    private static List<StoredEntity> unseen(List<StoredEntity> found, Map<String, StoredEntity> seen) {
        return found.stream().filter(e -> !seen.containsKey(e.entity().id())).toList();
    }

    /** What resolving a name reads of an entity: its id (what compares), name (what is shown) and type (what is preferred). */
    private static boolean sameForResolution(CorpusEntity a, CorpusEntity b) {
        return a == null ? b == null : b != null && a.id().equals(b.id()) && a.name().equals(b.name()) && a.type() == b.type();
    }

    private CorpusEntity storedEntity(String key) {
        try {
            List<StoredEntity> found = layer.entitiesWithKeys(List.of(key));
            return found.isEmpty() ? null : found.get(0).entity();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, List<String>> names(String articleId) {
        return names.computeIfAbsent(articleId, id -> grouper.names(Objects.requireNonNull(analyses.get(id), id)));
    }

    /**
     * Takes the sources of a stored merged fact into the re-merge: as stored when still valid, else to be read
     * again (a stale resolution); those of changed articles not at all (their facts are read anew).
     */
    private static void take(StoredMergedFact f, Set<String> changed, Set<FactRef> stale,
                             Map<FactRef, ResolvedFact> resolved, Set<FactRef> toRead, Set<String> buckets) {
        buckets.add(f.bucket());
        for (StoredMergedFact.Report r : f.reports()) {
            FactRef ref = new FactRef(r.article().id(), r.fact().id());
            if (changed.contains(ref.article()) || resolved.containsKey(ref)) {
                continue;
            }
            if (stale.contains(ref)) {
                toRead.add(ref);
            } else {
                resolved.put(ref, ResolvedFact.of(r));
            }
        }
    }

    /** Reads the analyses not yet read; false when that would exceed the limit. */
    private boolean load(Collection<String> ids) throws IOException {
        List<String> missing = ids.stream().filter(id -> !analyses.containsKey(id)).toList();
        if (analyses.size() + missing.size() > maxArticles) {
            return false;
        }
        if (!missing.isEmpty()) {
            layer.analyses(missing).forEach(a -> analyses.put(a.article().id(), a));
        }
        return missing.stream().allMatch(analyses::containsKey) || failMissing(missing);
    }

    private boolean failMissing(List<String> missing) {
        throw new IllegalStateException("corpus layer update: the layer names articles the index does not hold: "
                + missing.stream().filter(id -> !analyses.containsKey(id)).limit(3).toList());
    }
}
