package org.newsfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.ModelFile;

class LexiconsTest {

    private static Lexicons withTriggers(String triggers) {
        return Lexicons.read(name -> name.equals("leadership-triggers.tsv")
                ? ModelFile.of("leadership-triggers.tsv", triggers)
                : ModelFile.read("/models/lexicons/" + name));
    }

    @Test
    void bundledLexiconsLoadWithTypedKinds() {
        Lexicons lexicons = Lexicons.bundled();
        assertEquals(TriggerKind.APPOINT, lexicons.leadershipTriggers().get("appoint"));
        assertEquals(TriggerKind.DEPART, lexicons.leadershipNominals().get("resignation"));
    }

    @Test
    void roleModifiersSayWhichPostsAreHeldForTheTimeBeing() {
        Lexicons lexicons = Lexicons.bundled();
        assertTrue(lexicons.temporaryModifiers().containsAll(Set.of("acting", "interim", "caretaker")));
        assertTrue(lexicons.roleModifiers().contains("deputy"));
        assertFalse(lexicons.temporaryModifiers().contains("deputy"), "a deputy holds a post of their own");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicons.read(
                name -> name.equals("role-modifiers.tsv") ? ModelFile.of("role-modifiers.tsv", "acting\tTEMPORARY\ndeputy\tRANKED\n")
                        : ModelFile.read("/models/lexicons/" + name)));
        assertEquals("role-modifiers.tsv:2: unknown modifier kind \"RANKED\" (one of [TEMPORARY, RANK])", e.getMessage());
    }

    @Test
    void unknownTriggerKindIsRefusedWithFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> withTriggers("# kinds\nappoint\tAPPOINT\nresign\tDEPARTS\n"));
        assertEquals("leadership-triggers.tsv:3: unknown trigger kind \"DEPARTS\" "
                + "(one of [APPOINT, REPLACE, SUCCEED, DEPART, DISMISS, TAKE, NEW, HAND_OVER])", e.getMessage());
    }

    @Test
    void duplicateEntryIsRefusedWithFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> withTriggers("appoint\tAPPOINT\n\nappoint\tTAKE\n"));
        assertEquals("leadership-triggers.tsv:3: duplicate entry \"appoint\" (first on line 1)", e.getMessage());
    }

    @Test
    void missingColumnIsRefusedWithFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> withTriggers("appoint\n"));
        assertEquals("leadership-triggers.tsv:1: expected 2 tab-separated columns", e.getMessage());
    }

    @Test
    void validFileLoadsInOrder() {
        assertEquals(Map.of("appoint", TriggerKind.APPOINT, "quit", TriggerKind.DEPART),
                withTriggers("appoint\tAPPOINT\nquit\tDEPART\n").leadershipTriggers());
    }
}
