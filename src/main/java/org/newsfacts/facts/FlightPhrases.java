package org.newsfacts.facts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsfacts.model.ModelFile;

/**
 * The phrase lexicon of the flight rule ({@code models/lexicons/flight-phrases.tsv}): multi-word cues matched
 * on tokens (lemma or lower-cased word), so "At the time" and "at the time" read alike and "pulled out"
 * matches "pull out". Kept out of code so that new wordings are data; loading rejects an unknown kind or a
 * duplicate entry with a {@code file:line} error.
 */
final class FlightPhrases {
    /** What a phrase says; see the file's header for each. */
    enum Kind {
        SUPERSEDED, WITHDRAWAL, REMOVAL, ANNOUNCEMENT, HOSTING, RESIDENCY, DEPARTURE, STAY,
        LAUNCH, FLIGHT_WORD, SENT_UP, TAKEOFF, HOMECOMING, ANAPHORA, BACK_REFERENCE, DETERMINER, SPACE_WORD, ORBIT,
        TIME_UNIT, LIGHT_VERB, SPEECH, SPEAKER_BEFORE, BACKUP, PRIME, REPLACING, INSTEAD, AUXILIARY, PASSIVE, PREDICATE,
        RELATIVE, CLAUSE_BREAK, RESPECTIVELY, PRONOUN
    }

    private static final String RESOURCE = "/models/lexicons/flight-phrases.tsv";

    private final Map<Kind, List<String[]>> phrases;

    private FlightPhrases(Map<Kind, List<String[]>> phrases) {
        this.phrases = phrases;
    }

    static FlightPhrases bundled() {
        return of(ModelFile.read(RESOURCE));
    }

    /** @throws IllegalArgumentException naming file and line for a malformed, unknown or duplicate entry */
    static FlightPhrases of(ModelFile file) {
        Map<Kind, List<String[]>> phrases = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            phrases.put(kind, new ArrayList<>());
        }
        Set<String> seen = new HashSet<>();
        for (ModelFile.Line line : file.lines()) {
            String[] cols = line.text().strip().split("\t");
            if (cols.length != 2 || cols[1].isBlank()) {
                throw file.error(line, "expected kind<TAB>phrase");
            }
            Kind kind;
            try {
                kind = Kind.valueOf(cols[0].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw file.error(line, "unknown kind '" + cols[0].strip() + "'");
            }
            String phrase = cols[1].strip().toLowerCase(Locale.ROOT);
            if (!seen.add(kind + "\t" + phrase)) {
                throw file.error(line, "duplicate entry '" + phrase + "'");
            }
            phrases.get(kind).add(phrase.split("\\s+"));
        }
        return new FlightPhrases(phrases);
    }

    /** The one-word entries of {@code kind}, for lookups by lemma or lower-cased word ({@link SentenceView#find}). */
    Set<String> words(Kind kind) {
        return phrases.get(kind).stream().filter(w -> w.length == 1).map(w -> w[0]).collect(Collectors.toUnmodifiableSet());
    }

    /** The one-word entries of several kinds together: the launch words and the other flight words make the strong cues. */
    Set<String> words(Kind first, Kind... more) {
        Set<String> all = new HashSet<>(words(first));
        for (Kind kind : more) {
            all.addAll(words(kind));
        }
        return Set.copyOf(all);
    }

    /** Length in tokens of the longest phrase of {@code kind} starting at token {@code i}, or 0. */
    int matchAt(SentenceView view, Kind kind, int i) {
        int best = 0;
        for (String[] words : phrases.get(kind)) {
            if (words.length > best && matches(view, words, i)) {
                best = words.length;
            }
        }
        return best;
    }

    /** First token in [from, to) where a phrase of {@code kind} starts, or -1. */
    int find(SentenceView view, Kind kind, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, view.size()); i++) {
            if (matchAt(view, kind, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    boolean contains(SentenceView view, Kind kind) {
        return find(view, kind, 0, view.size()) >= 0;
    }

    private static boolean matches(SentenceView view, String[] words, int i) {
        if (i < 0 || i + words.length > view.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!words[k].equals(view.lemma(i + k)) && !words[k].equals(view.lower(i + k))) {
                return false;
            }
        }
        return true;
    }
}
