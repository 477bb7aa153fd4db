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
import org.newsfacts.facts.pattern.PatternMatch;
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
        Partial partial = new Partial();
        String lastParty = null;
        for (int s = 0; s < article.mentions().size(); s++) {
            SentenceView view = new SentenceView(article.annotated().sentences().get(s), article.mentions().get(s));
            String previousParty = lastParty;
            lastParty = partiesIn(view, 0, view.size(), affiliations).stream().reduce((a, b) -> b).orElse(lastParty);
            if (view.hedged(lexicons.hedges(), 0, view.size()) || !view.containsAnywhere(lexicons.agreementNouns())) {
                continue;
            }
            Map<Integer, Integer> signings = signings(view);
            boolean parsed = !view.sentence().dependencies().isEmpty();
            for (int i = 0; i < view.size(); i++) {
                boolean verb = lexicons.agreementTriggers().contains(view.lemma(i)) && view.pos(i).startsWith("VB");
                if ((verb || signings.containsKey(i)) && (!parsed || signings.containsKey(i)) && !negated(view, i)) {
                    boolean joins = named.filter(n -> view.sentence().text().contains(n.name())).isPresent()
                            || (namedArticle && refersBack(view));
                    int agreement = signings.getOrDefault(i, view.find(lexicons.agreementNouns(), i + 1, view.size()));
                    facts.addAll(read(article, view, i, agreement, joins ? named.get() : null, affiliations,
                            previousParty, country, facts, partial));
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

    /**
     * The signing verbs of a parsed sentence that {@code agreement.patterns} ties to an agreement noun, each with
     * that noun's token (empty when the sentence has no parse: the token rule then decides alone).
     */
    private Map<Integer, Integer> signings(SentenceView view) {
        SentenceGraph graph = new SentenceGraph(view.sentence(), view.mentions());
        Map<Integer, Integer> signings = new LinkedHashMap<>();
        for (PatternMatch match : patterns.matches(graph)) {
            match.token("trigger").ifPresent(trigger -> match.token("agreement")
                    .ifPresent(noun -> signings.putIfAbsent(trigger, noun)));
        }
        for (int i = 1; i < view.size(); i++) { // "the cooperation pact signed by A and B", however it was parsed
            if (view.pos(i).equals("VBN") && lexicons.agreementTriggers().contains(view.lemma(i))
                    && lexicons.agreementNouns().contains(view.lower(i - 1))) {
                signings.putIfAbsent(i, i - 1);
            }
        }
        return signings;
    }

    /**
     * @param agreement the agreement noun the graph ties to the verb (unparsed: the first after it), or -1
     * @param named the named agreement this signing joins, or null for an agreement of its own
     */
    private List<Fact> read(ResolvedArticle article, SentenceView view, int trigger, int agreement, NamedAgreement named,
                            Affiliations affiliations, String previousParty, String country, List<Fact> earlier, Partial partial) {
        Set<String> parties = new LinkedHashSet<>();
        Set<String> signers = Set.of();
        boolean passive = view.pos(trigger).equals("VBN") && (view.lower(trigger + 1).equals("by")
                || (view.pos(trigger + 1).startsWith("RB") && view.lower(trigger + 2).equals("by"))); // "signed overnight by"
        int between = view.find(Set.of("between"), 0, view.size());
        int with = view.find(Set.of("with"), trigger + 1, Math.min(view.size(), trigger + 12));
        int behalf = onBehalfOf(view); // "A signed on behalf of O": O signs, not A's country
        if (passive) {
            parties.addAll(partiesIn(view, trigger + 1, agentPhraseEnd(view, trigger), affiliations));
        } else if (behalf >= 0) {
            parties.addAll(partiesIn(view, behalf + 1, Math.min(view.size(), behalf + 6), affiliations));
        } else {
            parties.addAll(partiesIn(view, Math.max(0, trigger - SUBJECT_REACH), trigger, affiliations));
            signers = Set.copyOf(parties);
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
        String subject = joins ? named.name() : subject(view, agreement).orElse(null);
        String date = view.dateNear(trigger).orElse(null);
        if (!joins && partial.continuedBy(view, agreement) && !parties.containsAll(partial.parties)) {
            parties.addAll(partial.parties); // "... B, leader of the rebels, signed the accord"
            subject = partial.subject != null ? partial.subject : subject;
            date = partial.date != null ? partial.date : date;
        }
        partial.clear();
        if (!joins && parties.size() == 1) {
            partial.keep(parties, subject, date, view.index()); // "A and its rebels signed a peace accord"
            return List.of();
        }
        if (parties.size() < 2) {
            return List.of();
        }
        Set<String> others = new LinkedHashSet<>(parties);
        others.removeAll(signers);
        String hub = signers.size() == 1 ? signers.iterator().next() : null;
        List<List<String>> agreements = !joins && hub != null && others.size() >= 2 && plural(view, agreement)
                ? others.stream().map(other -> List.of(hub, other)).toList() // "agreements with B and C": one each
                : List.of(List.copyOf(parties));
        List<Fact> facts = new ArrayList<>();
        for (List<String> signed : agreements) {
            Map<String, Object> args = new LinkedHashMap<>();
            Slots.PARTIES.put(args, signed);
            if (subject != null) {
                Slots.SUBJECT.put(args, subject);
            }
            Fact fact = FactFactory.create(article, type(), args, date, view.sentence(), 0.8);
            if (!(impliedCounterparty && retold(earlier, fact, named))) {
                facts.add(fact);
            }
        }
        return facts;
    }

    /** "memorandums", "agreements": one signer's agreements with several others are one agreement each. */
    private static boolean plural(SentenceView view, int agreement) {
        return agreement >= 0 && view.pos(agreement).endsWith("S");
    }

    /**
     * A signing that names one party only, kept for the next sentences: when one of the two after it signs "the"
     * agreement (or "this", "that") with other parties, both tell one signing.
     */
    private static final class Partial {
        private static final Set<String> DEFINITE = Set.of("the", "this", "that");
        private Set<String> parties = Set.of();
        private String subject;
        private String date;
        private int sentence = -10;

        void keep(Set<String> parties, String subject, String date, int sentence) {
            this.parties = Set.copyOf(parties);
            this.subject = subject;
            this.date = date;
            this.sentence = sentence;
        }

        boolean continuedBy(SentenceView view, int agreement) {
            return !parties.isEmpty() && view.index() - sentence <= 2 && agreement > 0
                    && DEFINITE.contains(view.lower(agreement - 1));
        }

        void clear() {
            parties = Set.of();
            sentence = -10;
        }
    }

    /**
     * A second account of the same signing: the same joiners, the counterparty named earlier ("signed the
     * accords with the agency") and only implied now ("the minister signed for the republic").
     */
    private static boolean retold(List<Fact> facts, Fact candidate, NamedAgreement named) {
        Set<Object> others = new HashSet<>((List<?>) Slots.PARTIES.get(candidate.args()));
        others.removeAll(named.counterparty());
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            Set<Object> known = new HashSet<>((List<?>) Slots.PARTIES.get(f.args()));
            known.removeAll(named.counterparty());
            if (known.equals(others) && Objects.equals(Slots.SUBJECT.get(f.args()), Slots.SUBJECT.get(candidate.args()))) {
                if (f.date() == null && candidate.date() != null) {
                    facts.set(i, FactFactory.withArgs(f, f.args(), candidate.date())); // the retelling dates it
                }
                return true;
            }
        }
        return false;
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

    /**
     * Where the agents of a passive signing end: at the first preposition after "by" other than the "of" and
     * "for" of titles ("signed by A of Freedonia and the Minister for Trade B in the presence of C": C is a guest).
     */
    private static int agentPhraseEnd(SentenceView view, int trigger) {
        int by = view.find(Set.of("by"), trigger + 1, Math.min(view.size(), trigger + 3));
        for (int i = by + 1; by >= 0 && i < view.size(); i++) {
            if (view.pos(i).equals("IN") && !Set.of("of", "for").contains(view.lower(i))) {
                return i;
            }
        }
        return view.size();
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
     * The agreement as the text names it: the noun with the words qualifying it ("five-year joint mapping
     * agreement", "peace accord"), "of understanding" or "of intent" after it, and what it is on ("memorandum of
     * understanding on lunar exploration"; "an agreement with O on X" gives "agreement on X"). A bare noun
     * ("the accord") names no subject.
     *
     * @param linked the agreement noun the graph ties to the signing, or -1 for the sentence's first
     */
    private Optional<String> subject(SentenceView view, int linked) {
        int noun = linked >= 0 ? linked : view.find(lexicons.agreementNouns(), 0, view.size());
        if (noun < 0) {
            return Optional.empty();
        }
        int start = noun;
        while (start > 0 && qualifier(view, start - 1)) {
            start--;
        }
        int end = noun + 1;
        if (view.lower(end).equals("of") && Set.of("understanding", "intent", "cooperation").contains(view.lower(end + 1))) {
            end += 2;
        }
        int about = end;
        if (Set.of("(", "-lrb-").contains(view.lower(about))) { // "Implementing Agreement (IA)"
            int close = view.find(Set.of(")", "-rrb-"), about, Math.min(view.size(), about + 6));
            about = close >= 0 ? close + 1 : about;
        }
        if (view.lower(about).equals("with")) { // "an agreement with O on X"
            about++;
            while (about < view.size() && (view.mentionAt(about).isPresent() || Set.of("the", ",", "and").contains(view.lower(about)))) {
                about++;
            }
        }
        String phrase = view.text(start, end);
        if (Set.of("on", "for", "regarding", "concerning").contains(view.lower(about)) && !view.lower(about + 1).equals("behalf")) {
            int last = about + 1;
            while (last < view.size() && last < about + 10 && !isDate(view, last) && (subjectWord(view, last)
                    || (Set.of("in", "of", "and").contains(view.lower(last)) && subjectWord(view, last + 1)
                            && !signedAt(view, last)))) {
                last++;
            }
            if (last > about + 1) {
                return Optional.of(phrase + " " + view.text(about, last));
            }
        }
        return start < noun || end > noun + 1 ? Optional.of(phrase) : Optional.empty();
    }

    /** A word qualifying the agreement noun: a noun, adjective or capitalised word that names no party or date. */
    private static boolean qualifier(SentenceView view, int i) {
        boolean word = view.pos(i).startsWith("NN") || view.pos(i).startsWith("JJ")
                || (view.pos(i).startsWith("VBG") && Character.isUpperCase(view.word(i).charAt(0)))
                || (view.pos(i).equals("CD") && (view.word(i).contains("-") || view.word(i + 1).equals("-")))
                || (view.word(i).equals("-") && i > 0); // "three-year", split or not
        boolean party = view.mentionAt(i).filter(m -> m.type().isOrganization() || m.type() == EntityType.PERSON).isPresent();
        return word && !party && !isDate(view, i);
    }

    /** "... in Vienna": where the agreement was signed, not what it is on. */
    private static boolean signedAt(SentenceView view, int i) {
        return view.lower(i).equals("in") && view.mentionAt(i + 1).filter(m -> m.type() == EntityType.PLACE).isPresent();
    }

    private static boolean subjectWord(SentenceView view, int i) {
        return i < view.size() && (view.pos(i).startsWith("NN") || view.pos(i).startsWith("JJ")) && !isDate(view, i);
    }

    /** A country named as the owner of the next organisation: "Freedonia's FSA", "Freedonia's space agency, FSA". */
    private static boolean ownsNextOrganization(SentenceView view, EntityMention country) {
        boolean possessive = view.lower(country.tokenEnd()).equals("'s");
        return view.mentions().stream().anyMatch(m -> m.type().isOrganization()
                && (m.tokenStart() == country.tokenEnd() // "the U.S. space agency FSA" reads as "U.S. FSA" when adjacent
                || possessive && m.tokenStart() > country.tokenEnd() && m.tokenStart() <= country.tokenEnd() + 4));
    }
}
