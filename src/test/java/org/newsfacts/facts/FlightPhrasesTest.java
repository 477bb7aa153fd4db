package org.newsfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.ModelFile;

class FlightPhrasesTest {
    @Test
    void phrasesMatchTokensWhateverTheirCase() {
        FlightPhrases phrases = FlightPhrases.of(ModelFile.of("test.tsv", "superseded\tat the time\nwithdrawal\tpull out\n"));

        assertTrue(phrases.contains(Sentences.article(null, "At/IN the/DT time/NN ,/, [Olga Varga]PERSON was/VBD set/VBN "
                + "to/TO fly/VB ./.").annotated().sentences().stream()
                .map(s -> new SentenceView(s, List.of())).findFirst().orElseThrow(), FlightPhrases.Kind.SUPERSEDED));
        SentenceView pulled = new SentenceView(Sentences.article(null, "[Tom Hale]PERSON pulled/VBD/pull out/RP ./.")
                .annotated().sentences().get(0), List.of());
        assertEquals(2, phrases.matchAt(pulled, FlightPhrases.Kind.WITHDRAWAL, 2));
        assertFalse(phrases.contains(pulled, FlightPhrases.Kind.SUPERSEDED));
    }

    @Test
    void unknownKindIsReportedWithFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FlightPhrases.of(ModelFile.of("test.tsv", "# header\nwithdrawal\tnot\nwithdrawl\tnever\n")));
        assertEquals("test.tsv:3: unknown kind 'withdrawl'", e.getMessage());
    }

    @Test
    void duplicateEntryIsReportedWithFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FlightPhrases.of(ModelFile.of("test.tsv", "removal\tremove\nremoval\tRemove\n")));
        assertEquals("test.tsv:2: duplicate entry 'remove'", e.getMessage());
    }

    @Test
    void wordListsAreTheOneWordEntriesOfTheirKind() {
        FlightPhrases phrases = FlightPhrases.of(ModelFile.of("test.tsv", "launch\tfly\nlaunch\tlift off\nflight_word\trocket\n"));

        assertEquals(Set.of("fly"), phrases.words(FlightPhrases.Kind.LAUNCH));
        assertEquals(Set.of("fly", "rocket"), phrases.words(FlightPhrases.Kind.LAUNCH, FlightPhrases.Kind.FLIGHT_WORD));
    }

    @Test
    void everyKindHasEntriesInTheBundledLexicon() {
        FlightPhrases bundled = FlightPhrases.bundled();
        for (FlightPhrases.Kind kind : FlightPhrases.Kind.values()) {
            boolean multiWordOnly = kind == FlightPhrases.Kind.TAKEOFF || kind == FlightPhrases.Kind.INSTEAD
                    || kind == FlightPhrases.Kind.DEPARTURE;
            assertTrue(multiWordOnly || !bundled.words(kind).isEmpty(), kind + " has no entry");
        }
    }

    @Test
    void bundledLexiconLoads() {
        SentenceView view = new SentenceView(Sentences.article(null, "[Tom Hale]PERSON will/MD no/RB longer/RB fly/VB ./.")
                .annotated().sentences().get(0), List.of());
        assertEquals(2, FlightPhrases.bundled().matchAt(view, FlightPhrases.Kind.WITHDRAWAL, 3));
    }
}
