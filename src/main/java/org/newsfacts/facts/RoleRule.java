package org.newsfacts.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.facts.pattern.PatternFile;
import org.newsfacts.facts.pattern.PatternMatch;
import org.newsfacts.facts.pattern.SentenceGraph;
import org.newsfacts.model.EntityMention;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.model.ResolvedArticle;
import org.newsfacts.model.Slots;

/**
 * Titles people hold. In parsed sentences the patterns of {@code models/patterns/role.patterns} find them
 * (title before the name, apposition, copula, "served as"; {@link RoleReading} builds the title and its
 * organisation from the graph). In sentences without a parse, and for titles no pattern reached, token
 * adjacency still reads "President A", "NASA Administrator A" and "A, a former deputy prime minister and
 * deputy defense minister". "former" and "then-" mark past titles.
 */
public final class RoleRule implements FactRule {
    private static final Set<String> FORMER = Set.of("former", "then", "ex", "erstwhile", "previous");
    private static final Set<String> APPOSITION_FILLER = Set.of(",", "a", "an", "the", "and", "also", "now");

    private final Lexicons lexicons;
    private final PatternFile patterns;

    public RoleRule(Lexicons lexicons) {
        this(lexicons, FactPatterns.bundled(lexicons));
    }

    public RoleRule(Lexicons lexicons, FactPatterns patterns) {
        this.lexicons = lexicons;
        this.patterns = patterns.roles();
    }

    @Override
    public FactType type() {
        return FactType.ROLE;
    }

    @Override
    public List<Fact> extract(ResolvedArticle article) {
        List<Fact> facts = new ArrayList<>();
        Optional<EntityMention> lastOrganization = Optional.empty();
        Optional<EntityMention> lastPerson = Optional.empty();
        for (int s = 0; s < article.mentions().size(); s++) {
            SentenceView view = new SentenceView(article.annotated().sentences().get(s), article.mentions().get(s));
            List<RolePhrase> roles = RolePhrase.findAll(view, lexicons);
            SentenceGraph graph = view.graph();
            RoleReading reading = new RoleReading(view, graph, roles, lastOrganization, lastPerson);
            Optional<EntityMention> firstPerson = view.mentions(EntityType.PERSON).stream().findFirst();
            lastPerson = firstPerson.isPresent() ? firstPerson : lastPerson;
            Optional<EntityMention> named = view.mentions().stream()
                    .filter(m -> m.type().isOrganization()).reduce((a, b) -> b);
            lastOrganization = named.isPresent() ? named : lastOrganization;
            Set<String> read = new HashSet<>();
            for (PatternMatch match : patterns.matches(graph)) {
                reading.read(match).ifPresent(args -> {
                    if (read.add(Slots.PERSON.get(args) + "|" + Slots.TITLE.get(args))) {
                        read.add((String) Slots.PERSON.get(args)); // the graph has spoken for this person
                        facts.add(FactFactory.create(article, type(), args, null, view.sentence(), 0.75));
                    }
                });
            }
            for (EntityMention person : view.mentions(EntityType.PERSON)) {
                for (RolePhrase role : roles) {
                    boolean before = titleBefore(view, role, person);
                    boolean apposition = !before && inApposition(view, role, person);
                    if ((before || apposition) && !read.contains(person.canonical())) {
                        facts.add(role(article, view, person, role));
                    }
                }
            }
        }
        return facts;
    }

    /** "ROLE A" or "ORG ROLE A": the title directly precedes the name. */
    private static boolean titleBefore(SentenceView view, RolePhrase role, EntityMention person) {
        return role.end() == person.tokenStart();
    }

    /** "A, a former ROLE and ROLE": only fillers, "former" and earlier roles between the name and this role. */
    private boolean inApposition(SentenceView view, RolePhrase role, EntityMention person) {
        if (role.start() <= person.tokenEnd() || !view.lower(person.tokenEnd()).equals(",")) {
            return false;
        }
        List<RolePhrase> between = RolePhrase.findAll(view, lexicons).stream()
                .filter(r -> r.start() >= person.tokenEnd() && r.end() <= role.start()).toList();
        for (int k = person.tokenEnd(); k < role.start(); k++) {
            int at = k;
            boolean inRole = between.stream().anyMatch(r -> r.start() <= at && at < r.end());
            if (!inRole && !APPOSITION_FILLER.contains(view.lower(k)) && !FORMER.contains(view.lower(k))) {
                return false;
            }
        }
        return true;
    }

    private Fact role(ResolvedArticle article, SentenceView view, EntityMention person, RolePhrase role) {
        Map<String, Object> args = new LinkedHashMap<>();
        Slots.PERSON.put(args, person.canonical());
        Slots.TITLE.put(args, role.role());
        view.mentionAt(role.start() - 1)
                .filter(m -> m.type().isOrganization())
                .ifPresent(m -> Slots.ORGANIZATION.put(args, m.canonical()));
        Slots.FORMER.put(args, isFormer(view, role, person));
        return FactFactory.create(article, type(), args, null, view.sentence(), 0.7);
    }

    /**
     * Whether "former", "then-" or "ex-" dates the post: within three words before the post or the name, not
     * counting an organisation written before the post ("former Acme Frozen Foods president A").
     */
    static boolean isFormer(SentenceView view, RolePhrase role, EntityMention person) {
        int start = view.mentionAt(role.start() - 1)
                .filter(m -> m.type().isOrganization())
                .map(EntityMention::tokenStart).orElse(role.start());
        int from = Math.min(start, person.tokenEnd()) - 3;
        for (int k = Math.max(0, from); k < role.start(); k++) {
            String w = view.lower(k);
            if (FORMER.contains(w) || w.startsWith("then-") || w.startsWith("ex-")) {
                return true;
            }
        }
        return false;
    }
}
