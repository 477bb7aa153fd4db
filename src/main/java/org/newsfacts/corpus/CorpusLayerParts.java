package org.newsfacts.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.Entity;
import org.newsfacts.model.StoredEntity;
import org.newsfacts.model.StoredMergedFact;

/**
 * The corpus layer of {@link Corpus} cut into independent parts, for an engine that groups records by key
 * across machines (the Spark front end): each step is a pure function of the records sharing one key, and
 * the steps together give exactly the records {@link Corpus#records()} computes from all articles at once,
 * with the same code ({@link EntityGrouper}, {@link FactResolver}, {@link EventMatcher},
 * {@link MergedFactBuilder}). The cuts are those {@link CorpusLayerUpdate} relies on:
 * <ol>
 * <li>{@link #entityParts}: per article, what it gives to each <em>entity unit</em>: a grouping key, or for
 *     multi-word person keys their signature (first and last word), since only those keys may unite;</li>
 * <li>{@link #groupUnit}: the entities of one unit, from the parts of every article naming it, with their
 *     base ids;</li>
 * <li>{@link #claimIds}: the ids of the entities sharing one id stem, claimed in corpus order;</li>
 * <li>{@link #dependencies} and {@link #resolve}: an article's facts resolved through the entities of the
 *     grouping keys they read, each with its event bucket;</li>
 * <li>{@link #mergeBucket}: the merged facts of one bucket.</li>
 * </ol>
 * Only records cross between steps (model records, JSON-serialisable), never an article's text.
 */
public final class CorpusLayerParts {
    private static final String KEY_UNIT = "key:";
    private static final String SIGNATURE_UNIT = "signature:";

    /**
     * One article's entities of one unit.
     *
     * @param article   the article
     * @param entities  its entities in the unit, in article order
     * @param positions the position of each in the article's entity list
     */
    public record EntityPart(ArticleRecord article, List<Entity> entities, List<Integer> positions) {
        public EntityPart {
            entities = List.copyOf(entities);
            positions = List.copyOf(positions);
        }
    }

    /** One fact of an article, resolved, and the bucket of the facts it may merge with. */
    public record ResolvedReport(String bucket, StoredMergedFact.Report report) {
    }

    private final EntityGrouper grouper;

    public CorpusLayerParts(Gazetteer gazetteer) {
        this.grouper = new EntityGrouper(gazetteer);
    }

    /** Unit → what this article gives to it. */
    public Map<String, EntityPart> entityParts(Analysis analysis) {
        Map<String, List<Entity>> entities = new LinkedHashMap<>();
        Map<String, List<Integer>> positions = new HashMap<>();
        String article = analysis.article().id();
        for (int i = 0; i < analysis.entities().size(); i++) {
            Entity e = analysis.entities().get(i);
            String unit = unit(grouper.key(e.type(), e.name(), article));
            entities.computeIfAbsent(unit, u -> new ArrayList<>()).add(e);
            positions.computeIfAbsent(unit, u -> new ArrayList<>()).add(i);
        }
        Map<String, EntityPart> out = new LinkedHashMap<>();
        entities.forEach((unit, list) -> out.put(unit, new EntityPart(analysis.article(), list, positions.get(unit))));
        return out;
    }

    private static String unit(String key) {
        if (EntityGrouper.isSimple(key)) {
            return KEY_UNIT + key;
        }
        return SIGNATURE_UNIT + EntityGrouper.signatures(List.of(key)).iterator().next();
    }

    /**
     * The entities of one unit, with their base ids as ids ({@link #claimIds} makes them unique), from the
     * parts of every article naming it (any order).
     */
    public List<StoredEntity> groupUnit(String unit, List<EntityPart> parts) {
        List<EntityPart> ordered = parts.stream().sorted(Comparator.comparing((EntityPart p) -> p.article().path()))
                .toList();
        Map<String, ArticleRecord> records = new HashMap<>();
        ordered.forEach(p -> records.put(p.article().id(), p.article()));
        List<EntityGrouper.Group> groups = new ArrayList<>();
        if (unit.startsWith(KEY_UNIT)) {
            String key = unit.substring(KEY_UNIT.length());
            List<StoredEntity.Contribution> contributions = ordered.stream()
                    .map(p -> new StoredEntity.Contribution(p.article().id(), p.article().path(), p.article().date(),
                            p.positions().get(0), p.entities()))
                    .toList();
            EntityGrouper.Group g = grouper.regroup(key, contributions);
            if (g != null) {
                groups.add(g);
            }
        } else {
            // the unit's entities alone, as articles of their own; positions restored below for the claim order
            Map<String, List<Integer>> positionsByPath = new HashMap<>();
            List<Analysis> trimmed = new ArrayList<>(ordered.size());
            for (EntityPart p : ordered) {
                positionsByPath.put(p.article().path(), p.positions());
                trimmed.add(new Analysis(p.article(), p.entities(), List.of()));
            }
            for (EntityGrouper.Group g : grouper.groupWithoutIds(trimmed)) {
                int position = positionsByPath.get(g.firstPath()).get(g.firstIndex());
                groups.add(new EntityGrouper.Group(g.keys(), g.entity(), g.articles(), g.baseId(), g.firstPath(),
                        position, g.contributions()));
            }
        }
        return groups.stream().map(g -> LayerRecords.entity(g, records::get)).toList();
    }

    /** The stem entities compete for ids under ({@link #claimIds}). */
    public static String stem(StoredEntity entity) {
        return entity.maintenance().stem();
    }

    /** The entities sharing one id stem (any order) with their final ids, claimed in corpus order. */
    public static List<StoredEntity> claimIds(List<StoredEntity> sameStem) {
        List<EntityGrouper.Group> claimants = new ArrayList<>(sameStem.size());
        Map<EntityGrouper.Group, StoredEntity> byClaimant = new IdentityHashMap<>();
        for (StoredEntity e : sameStem) {
            StoredEntity.Maintenance m = e.maintenance();
            EntityGrouper.Group claimant = new EntityGrouper.Group(Set.copyOf(e.keys()), e.entity(), List.of(),
                    m.baseId(), m.firstPath(), m.firstIndex(), null);
            claimants.add(claimant);
            byClaimant.put(claimant, e);
        }
        claimants.sort(EntityGrouper.CLAIM_ORDER);
        List<EntityGrouper.Group> claimed = EntityGrouper.assignIds(claimants);
        List<StoredEntity> out = new ArrayList<>(claimed.size());
        for (int i = 0; i < claimed.size(); i++) {
            StoredEntity e = byClaimant.get(claimants.get(i));
            CorpusEntity id = claimed.get(i).entity();
            out.add(id.id().equals(e.entity().id()) ? e : new StoredEntity(id, e.articles(), e.keys(), e.foldedName(),
                    e.foldedAliases(), e.surname(), e.maintenance()));
        }
        return out;
    }

    /** The grouping keys whose entities resolving this article's facts reads. */
    public Set<String> dependencies(Analysis analysis) {
        Set<String> keys = new TreeSet<>();
        for (ResolvedReport r : resolve(analysis, key -> null)) {
            keys.addAll(r.report().dependencies());
        }
        return keys;
    }

    /**
     * The article's facts resolved, {@code byKey} giving the corpus entity of each of its
     * {@link #dependencies} (null for a key no article has).
     */
    public List<ResolvedReport> resolve(Analysis analysis, Function<String, CorpusEntity> byKey) {
        Map<String, List<String>> names = grouper.names(analysis);
        String id = analysis.article().id();
        CorpusFactMerger merger = new CorpusFactMerger(new EntityLookup(grouper, a -> a.equals(id) ? names : null, byKey));
        List<ResolvedReport> out = new ArrayList<>(analysis.facts().size());
        for (int i = 0; i < analysis.facts().size(); i++) {
            ResolvedFact r = merger.resolve(analysis, i);
            out.add(new ResolvedReport(CorpusFactMerger.bucket(r), r.report()));
        }
        return out;
    }

    /** The merged facts of one bucket, from the resolved facts in it (any order). */
    public static List<StoredMergedFact> mergeBucket(String bucket, List<StoredMergedFact.Report> reports) {
        List<ResolvedFact> facts = new ArrayList<>(reports.stream().map(ResolvedFact::of).toList());
        facts.sort(ResolvedFact.MERGE_ORDER);
        return CorpusFactMerger.mergeBucket(bucket, facts);
    }
}
