package org.newsfacts.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.model.EntityMention;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.model.ResolvedArticle;

/**
 * Who signed an agreement with whom. A signing verb with an agreement noun in its sentence takes as parties
 * the agencies, companies and countries that sign (a person counts for the party the article says they
 * speak for), "with X", "between A and B" or "signed by A, B and C". Countries joining the Artemis
 * Accords sign with the United States unless the text names another counterparty. Negated or merely
 * planned signings ("did not sign", "plans to sign") are not facts.
 */
public final class AgreementRule implements FactRule {
    private static final String ACCORDS = "Artemis Accords";
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> INTENT = Set.of("plan", "intend", "hope", "want", "aim", "seek", "prepare", "refuse", "decline");
    private static final Set<String> US_SIDE = Set.of("United States", "NASA");
    private static final int SUBJECT_REACH = 25;

    private final Lexicons lexicons;

    public AgreementRule(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    @Override
    public FactType type() {
        return FactType.AGREEMENT;
    }

    @Override
    public List<Fact> extract(ResolvedArticle article) {
        Affiliations affiliations = new Affiliations(article, lexicons);
        boolean accordsArticle = article.annotated().sentences().stream().anyMatch(s -> s.text().contains(ACCORDS));
        String country = mainCountry(article);
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
                    boolean accords = view.sentence().text().contains(ACCORDS) || (accordsArticle && refersBack(view));
                    read(article, view, i, accords, affiliations, previousParty, country, facts).ifPresent(facts::add);
                    break; // one signing per sentence: the others are the same event retold
                }
            }
        }
        return facts;
    }

    private Optional<Fact> read(ResolvedArticle article, SentenceView view, int trigger, boolean accords,
                                Affiliations affiliations, String previousParty, String country, List<Fact> earlier) {
        Set<String> parties = new LinkedHashSet<>();
        boolean passive = view.pos(trigger).equals("VBN") && view.lower(trigger + 1).equals("by");
        int between = view.find(Set.of("between"), 0, view.size());
        int with = view.find(Set.of("with"), trigger + 1, Math.min(view.size(), trigger + 12));
        if (passive) {
            parties.addAll(partiesIn(view, trigger + 1, view.size(), affiliations));
        } else {
            parties.addAll(partiesIn(view, Math.max(0, trigger - SUBJECT_REACH), trigger, affiliations));
            int pronoun = view.find(Set.of("it", "they"), trigger - 8, trigger);
            if (parties.isEmpty() && pronoun >= 0 && previousParty != null) {
                parties.add(previousParty); // "Congratulations to Ukraine! ... it became the 9th country to sign"
            }
        }
        if (accords && country != null && parties.stream().noneMatch(p -> lexicons.countries().containsValue(p))) {
            // countries sign the Accords; a signing agency or minister stands for the article's country
            parties.removeIf(p -> !US_SIDE.contains(p));
            parties.add(country);
        }
        if (between >= 0) {
            parties.addAll(partiesIn(view, between + 1, Math.min(view.size(), between + 12), affiliations));
        }
        boolean counterparty = with >= 0 && parties.addAll(partiesIn(view, with + 1, Math.min(view.size(), with + 5), affiliations));
        boolean impliedUnitedStates = accords && !counterparty && parties.stream().noneMatch(US_SIDE::contains);
        if (impliedUnitedStates) {
            parties.add("United States");
        }
        if (parties.size() < 2) {
            return Optional.empty();
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("parties", List.copyOf(parties));
        String subject = accords ? ACCORDS : subject(view).orElse(null);
        if (subject != null) {
            args.put("subject", subject);
        }
        Fact fact = FactFactory.create(article, type(), args, view.dateNear(trigger).orElse(null), view.sentence(), 0.8);
        return impliedUnitedStates && retold(earlier, fact) ? Optional.empty() : Optional.of(fact);
    }

    /**
     * A second account of the same signing: the same countries or agencies, the US side named earlier ("signed
     * the Accords with NASA") and only implied now ("signed on behalf of the Kingdom").
     */
    private static boolean retold(List<Fact> facts, Fact candidate) {
        Set<Object> others = new java.util.HashSet<>((List<?>) candidate.args().get("parties"));
        others.removeAll(US_SIDE);
        return facts.stream().anyMatch(f -> {
            Set<Object> known = new java.util.HashSet<>((List<?>) f.args().get("parties"));
            known.removeAll(US_SIDE);
            return known.equals(others) && java.util.Objects.equals(f.args().get("subject"), candidate.args().get("subject"));
        });
    }

    /** "the agreements", "these accords": in an Accords story, the Accords; "an agreement" is a new one. */
    private static boolean refersBack(SentenceView view) {
        for (int i = 1; i < view.size(); i++) {
            if (Set.of("accords", "agreements", "agreement").contains(view.lower(i))
                    && Set.of("the", "these", "those").contains(view.lower(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDate(SentenceView view, int token) {
        return view.mentionAt(token).filter(m -> m.type() == EntityType.DATE).isPresent();
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The country (other than the United States) the article names most, if any. */
    private String mainCountry(ResolvedArticle article) {
        return article.entities().stream()
                .filter(e -> e.type() == EntityType.PLACE && lexicons.countries().containsKey(e.name())
                        && !lexicons.countries().get(e.name()).equals("United States"))
                .max(java.util.Comparator.comparingInt(e -> e.mentions()))
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
            if (m.tokenStart() < from || m.tokenStart() >= to) {
                continue;
            }
            switch (m.type()) {
                case AGENCY, ORGANIZATION -> {
                    if (!lexicons.agreementNouns().contains(lastWord(m.canonical()))) { // "Artemis Accords" signs nothing
                        parties.add(m.canonical());
                    }
                }
                case PLACE -> Optional.ofNullable(lexicons.countries().get(m.canonical())).ifPresent(parties::add);
                case PERSON -> affiliations.party(m.canonical())
                        .map(p -> lexicons.countries().getOrDefault(p, p)).ifPresent(parties::add);
                default -> { }
            }
        }
        return parties;
    }

    /** "agreement on X" or the words that qualify the agreement noun ("flight integration agreement"). */
    private Optional<String> subject(SentenceView view) {
        int noun = view.find(lexicons.agreementNouns(), 0, view.size());
        if (noun < 0) {
            return Optional.empty();
        }
        if (view.lower(noun + 1).equals("of") && Set.of("understanding", "intent", "cooperation").contains(view.lower(noun + 2))) {
            noun += 2; // "memorandum of understanding on X": the subject is X
        }
        if (Set.of("on", "for", "of").contains(view.lower(noun + 1))) {
            int end = noun + 2;
            while (end < view.size() && end < noun + 8 && (view.pos(end).startsWith("NN") || view.pos(end).startsWith("JJ")
                    || view.lower(end).equals("and")) && !isDate(view, end)) {
                end++;
            }
            return end > noun + 2 ? Optional.of(view.text(noun + 2, end)) : Optional.empty();
        }
        int start = noun;
        while (start > 0 && view.pos(start - 1).startsWith("NN") && view.mentionAt(start - 1).map(m -> m.type() != EntityType.AGENCY).orElse(true)) {
            start--;
        }
        return start < noun ? Optional.of(view.text(start, noun)) : Optional.empty();
    }
}
