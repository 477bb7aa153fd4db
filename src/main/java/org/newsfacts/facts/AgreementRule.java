package org.newsfacts.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.facts.pattern.PatternFile;
import org.newsfacts.facts.pattern.SentenceGraph;
import org.newsfacts.model.EntityMention;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.model.ResolvedArticle;
import org.newsfacts.model.Slots;

/**
 * Who signed an agreement with whom. A signing verb with an agreement noun in its sentence takes as parties
 * the agencies, companies and countries that sign (a person counts for the party the article says they
 * speak for), "with X", "between A and B" or "signed by A, B and C". Countries joining a named agreement of
 * the lexicon ({@code named-agreements.tsv}, e.g. the Artemis Accords) sign with its counterparty unless the
 * text names another. Negated or merely planned signings ("did not sign", "plans to sign") are not facts.
 */
public final class AgreementRule implements FactRule {
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> INTENT = Set.of("plan", "intend", "hope", "want", "aim", "seek", "prepare", "refuse", "decline");
    private static final int SUBJECT_REACH = 25;

    private final Lexicons lexicons;
    private final PatternFile patterns;

    public AgreementRule(Lexicons lexicons) {
        this(lexicons, FactPatterns.bundled(lexicons));
    }

    public AgreementRule(Lexicons lexicons, FactPatterns patterns) {
        this.lexicons = lexicons;
        this.patterns = patterns.agreements();
    }

    @Override
    public FactType type() {
        return FactType.AGREEMENT;
    }

    @Override
    public List<Fact> extract(ResolvedArticle article) {
        Affiliations affiliations = new Affiliations(article, lexicons);
        Optional<NamedAgreement> named = namedAgreement(article);
        boolean namedArticle = named.isPresent();
        String country = mainCountry(article, named);
        List<Fact> facts = new ArrayList<>();
        String lastParty = null;
        for (int s = 0; s < article.mentions().size(); s++) {
            SentenceView view = new SentenceView(article.annotated().sentences().get(s), article.mentions().get(s));
            String previousParty = lastParty;
            lastParty = partiesIn(view, 0, view.size(), affiliations).stream().reduce((a, b) -> b).orElse(lastParty);
            if (view.hedged(lexicons.hedges(), 0, view.size()) || !view.containsAnywhere(lexicons.agreementNouns())) {
                continue;
            }
            for (int i = 0; i < view.size(); i++) {
                if (lexicons.agreementTriggers().contains(view.lemma(i)) && view.pos(i).startsWith("VB") && !negated(view, i)) {
                    boolean joins = named.filter(n -> view.sentence().text().contains(n.name())).isPresent()
                            || (namedArticle && refersBack(view));
                    read(article, view, i, joins ? named.get() : null, affiliations, previousParty, country, facts)
                            .ifPresent(facts::add);
                    break; // one signing per sentence: the others are the same event retold
                }
            }
        }
        return facts;
    }

    /** A named agreement that countries join one by one, and the party (with the names standing for it) they join with. */
    private record NamedAgreement(String name, List<String> counterparty) {
    }

    /** The first named agreement of the lexicon that the article names. */
    private Optional<NamedAgreement> namedAgreement(ResolvedArticle article) {
        return lexicons.namedAgreements().entrySet().stream()
                .filter(e -> article.annotated().sentences().stream().anyMatch(s -> s.text().contains(e.getKey())))
                .map(e -> new NamedAgreement(e.getKey(), e.getValue())).findFirst();
    }

    /** @param named the named agreement this signing joins, or null for an agreement of its own */
    private Optional<Fact> read(ResolvedArticle article, SentenceView view, int trigger, NamedAgreement named,
                                Affiliations affiliations, String previousParty, String country, List<Fact> earlier) {
        Set<String> parties = new LinkedHashSet<>();
        boolean passive = view.pos(trigger).equals("VBN") && (view.lower(trigger + 1).equals("by")
                || (view.pos(trigger + 1).startsWith("RB") && view.lower(trigger + 2).equals("by"))); // "signed overnight by"
        int between = view.find(Set.of("between"), 0, view.size());
        int with = view.find(Set.of("with"), trigger + 1, Math.min(view.size(), trigger + 12));
        int behalf = onBehalfOf(view); // "A signed on behalf of O": O signs, not A's country
        if (passive) {
            parties.addAll(partiesIn(view, trigger + 1, view.size(), affiliations));
        } else if (behalf >= 0) {
            parties.addAll(partiesIn(view, behalf + 1, Math.min(view.size(), behalf + 6), affiliations));
        } else {
            parties.addAll(partiesIn(view, Math.max(0, trigger - SUBJECT_REACH), trigger, affiliations));
            int pronoun = view.find(Set.of("it", "they"), trigger - 8, trigger);
            if (parties.isEmpty() && pronoun >= 0 && previousParty != null) {
                parties.add(previousParty); // "Freedonia joined today. It became the tenth country to sign"
            }
        }
        boolean joins = named != null;
        if (joins && country != null && parties.stream().noneMatch(p -> lexicons.countries().containsValue(p))) {
            // countries join a named agreement; a signing agency or minister stands for the article's country
            parties.removeIf(p -> !named.counterparty().contains(p));
            parties.add(country);
        }
        if (!joins) {
            parties.addAll(graphParties(view, trigger, affiliations)); // "with A, B and C": every party of a memorandum
        }
        if (between >= 0) {
            parties.addAll(partiesIn(view, between + 1, Math.min(view.size(), between + 12), affiliations));
        }
        boolean counterparty = with >= 0 && parties.addAll(partiesIn(view, with + 1, Math.min(view.size(), with + 5), affiliations));
        boolean impliedCounterparty = joins && !counterparty && parties.stream().noneMatch(named.counterparty()::contains);
        if (impliedCounterparty) {
            parties.add(named.counterparty().get(0));
        }
        if (parties.size() < 2) {
            return Optional.empty();
        }
        Map<String, Object> args = new LinkedHashMap<>();
        Slots.PARTIES.put(args, List.copyOf(parties));
        String subject = joins ? named.name() : subject(view).orElse(null);
        if (subject != null) {
            Slots.SUBJECT.put(args, subject);
        }
        Fact fact = FactFactory.create(article, type(), args, view.dateNear(trigger).orElse(null), view.sentence(), 0.8);
        return impliedCounterparty && retold(earlier, fact, named) ? Optional.empty() : Optional.of(fact);
    }

    /**
     * A second account of the same signing: the same joiners, the counterparty named earlier ("signed the
     * accords with the agency") and only implied now ("the minister signed for the republic").
     */
    private static boolean retold(List<Fact> facts, Fact candidate, NamedAgreement named) {
        Set<Object> others = new HashSet<>((List<?>) Slots.PARTIES.get(candidate.args()));
        others.removeAll(named.counterparty());
        return facts.stream().anyMatch(f -> {
            Set<Object> known = new HashSet<>((List<?>) Slots.PARTIES.get(f.args()));
            known.removeAll(named.counterparty());
            return known.equals(others) && Objects.equals(Slots.SUBJECT.get(f.args()), Slots.SUBJECT.get(candidate.args()));
        });
    }

    /** "the agreements", "these accords": in a story about a named agreement, that one; "an agreement" is a new one. */
    private static boolean refersBack(SentenceView view) {
        for (int i = 1; i < view.size(); i++) {
            if (Set.of("accords", "agreements", "agreement").contains(view.lower(i))
                    && Set.of("the", "these", "those").contains(view.lower(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The "of" of "on behalf of", or -1. */
    private static int onBehalfOf(SentenceView view) {
        int behalf = view.find(Set.of("behalf"), 1, view.size());
        return behalf > 0 && view.lower(behalf - 1).equals("on") && view.lower(behalf + 1).equals("of") ? behalf + 1 : -1;
    }

    private static boolean isDate(SentenceView view, int token) {
        return view.mentionAt(token).filter(m -> m.type() == EntityType.DATE).isPresent();
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /** The country the article names most, other than the counterparty of a named agreement, if any. */
    private String mainCountry(ResolvedArticle article, Optional<NamedAgreement> named) {
        Set<String> counterparties = named.map(n -> Set.copyOf(n.counterparty())).orElse(Set.of());
        return article.entities().stream()
                .filter(e -> e.type() == EntityType.PLACE && lexicons.countries().containsKey(e.name())
                        && !counterparties.contains(lexicons.countries().get(e.name())))
                .max(Comparator.comparingInt(e -> e.mentions()))
                .map(e -> lexicons.countries().get(e.name())).orElse(null);
    }

    private boolean negated(SentenceView view, int trigger) {
        for (int k = Math.max(0, trigger - 3); k < trigger; k++) {
            if (NEGATIONS.contains(view.lower(k)) || INTENT.contains(view.lemma(k))) {
                return true;
            }
        }
        return false;
    }

    /** Signing parties among the mentions in [from, to): agencies, companies, countries, and people by whom they speak for. */
    private List<String> partiesIn(SentenceView view, int from, int to, Affiliations affiliations) {
        List<String> parties = new ArrayList<>();
        for (EntityMention m : view.mentions()) {
            if (m.tokenStart() >= from && m.tokenStart() < to) {
                partyOf(view, m, affiliations).ifPresent(parties::add);
            }
        }
        return parties;
    }

    /** The parties {@code agreement.patterns} attach to this signing verb in the sentence's graph (none if unparsed). */
    private List<String> graphParties(SentenceView view, int trigger, Affiliations affiliations) {
        SentenceGraph graph = new SentenceGraph(view.sentence(), view.mentions());
        return patterns.matches(graph).stream()
                .filter(m -> m.token("trigger").orElse(-1) == trigger)
                .flatMap(m -> m.token("party").map(graph::mentionAt).stream())
                .flatMap(m -> partyOf(view, m, affiliations).stream())
                .toList();
    }

    /** The party a mention stands for: the agency or company, a country's canonical name, a person's party. */
    private Optional<String> partyOf(SentenceView view, EntityMention m, Affiliations affiliations) {
        if (PostLocator.creditOrAlias(view, m)) {
            return Optional.empty();
        }
        return switch (m.type()) {
            case AGENCY, ORGANIZATION -> lexicons.agreementNouns().contains(lastWord(m.canonical()))
                    ? Optional.empty() : Optional.of(m.canonical()); // a named accord signs nothing
            case PLACE -> ownsNextOrganization(view, m) // "Freedonia's space agency FSA": the agency signs
                    ? Optional.empty() : Optional.ofNullable(lexicons.countries().get(m.canonical()));
            case PERSON -> affiliations.party(m.canonical()).map(p -> lexicons.countries().getOrDefault(p, p));
            default -> Optional.empty();
        };
    }

    /**
     * "agreement on X" (also after the parties: "an agreement with O on X"; "cooperation in X" stays whole) or the
     * words that qualify the agreement noun ("flight integration agreement").
     */
    private Optional<String> subject(SentenceView view) {
        int noun = view.find(lexicons.agreementNouns(), 0, view.size());
        if (noun < 0) {
            return Optional.empty();
        }
        if (view.lower(noun + 1).equals("of") && Set.of("understanding", "intent", "cooperation").contains(view.lower(noun + 2))) {
            noun += 2; // "memorandum of understanding on X": the subject is X
        }
        int about = noun + 1;
        if (view.lower(about).equals("with")) { // "an agreement with O on X"
            about++;
            while (about < view.size() && (view.mentionAt(about).isPresent() || Set.of("the", ",", "and").contains(view.lower(about)))) {
                about++;
            }
        }
        if (Set.of("on", "for", "of", "regarding", "concerning").contains(view.lower(about))) {
            int end = about + 1;
            while (end < view.size() && end < about + 10 && !isDate(view, end) && (subjectWord(view, end)
                    || (Set.of("in", "of", "and").contains(view.lower(end)) && subjectWord(view, end + 1)))) {
                end++;
            }
            return end > about + 1 ? Optional.of(view.text(about + 1, end)) : Optional.empty();
        }
        int start = noun;
        while (start > 0 && qualifier(view, start - 1)) {
            start--;
        }
        return start < noun ? Optional.of(view.text(start, noun)) : Optional.empty(); // "flight integration", "peace"
    }

    /** A word qualifying the agreement noun: a noun, adjective or capitalised word that names no party or date. */
    private static boolean qualifier(SentenceView view, int i) {
        boolean word = view.pos(i).startsWith("NN") || view.pos(i).startsWith("JJ")
                || (view.pos(i).startsWith("VBG") && Character.isUpperCase(view.word(i).charAt(0)));
        boolean party = view.mentionAt(i).filter(m -> PostLocator.isOrganization(m.type()) || m.type() == EntityType.PERSON).isPresent();
        return word && !party && !isDate(view, i);
    }

    private static boolean subjectWord(SentenceView view, int i) {
        return i < view.size() && (view.pos(i).startsWith("NN") || view.pos(i).startsWith("JJ")) && !isDate(view, i);
    }

    /** A country named as the owner of the next organisation: "Freedonia's FSA", "Freedonia's space agency, FSA". */
    private static boolean ownsNextOrganization(SentenceView view, EntityMention country) {
        boolean possessive = view.lower(country.tokenEnd()).equals("'s");
        return view.mentions().stream().anyMatch(m -> PostLocator.isOrganization(m.type())
                && (m.tokenStart() == country.tokenEnd() // "the U.S. space agency FSA" reads as "U.S. FSA" when adjacent
                || possessive && m.tokenStart() > country.tokenEnd() && m.tokenStart() <= country.tokenEnd() + 4));
    }
}
