package org.newsfacts.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsfacts.corpus.CorpusView;
import org.newsfacts.corpus.CorpusReader;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.model.UsageException;
import org.newsfacts.search.AnalysisStore;
import org.newsfacts.search.FactFilter;

/**
 * What the read-only commands (facts, entities, export, timeline) share: streaming stored analyses,
 * filtering facts, the corpus view and finding one entity by a name a user typed.
 */
final class IndexReading {
    private IndexReading() {
    }

    /** Feeds every stored analysis to {@code sink}, one at a time, in path order. */
    static void forEach(Path index, Consumer<Analysis> sink) throws IOException {
        try (AnalysisStore store = AnalysisStore.open(index); Stream<Analysis> all = store.all()) {
            all.forEach(sink);
        }
    }

    /** The corpus-wide view of the index (stored corpus layer, or recomputed): one entity per thing, merged facts. */
    static CorpusView corpus(Path index) throws IOException {
        return CorpusReader.open(index);
    }

    /**
     * The one entity a user's name (or entity id) means, of {@code type} when given.
     *
     * @throws UsageException when no entity or several have that name, naming the candidates
     */
    static CorpusEntity entity(CorpusView corpus, String name, EntityType type) throws IOException {
        Optional<CorpusEntity> byId = corpus.byId(name);
        List<CorpusEntity> found = (byId.isPresent() ? List.of(byId.get()) : corpus.find(name)).stream()
                .filter(e -> type == null || e.type() == type).toList();
        if (found.isEmpty()) {
            throw new UsageException("no entity named '" + name + "' in the index");
        }
        if (found.size() > 1) {
            throw new UsageException("'" + name + "' may mean " + found.stream().limit(10)
                    .map(e -> e.name() + " (" + e.type() + ", " + e.id() + ", " + plural(e.articles(), "article") + ")")
                    .collect(Collectors.joining("; ")) + "; give the full name, --type or the id");
        }
        return found.get(0);
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Facts of the given type (or all) that involve the named entity (or all), across the index. */
    static List<Fact> facts(Path index, FactType type, String entity) throws IOException {
        Predicate<Fact> wanted = new FactFilter(type, entity, null, null).predicate();
        List<Fact> facts = new ArrayList<>();
        forEach(index, analysis -> analysis.facts().stream().filter(wanted).forEach(facts::add));
        return facts;
    }
}
