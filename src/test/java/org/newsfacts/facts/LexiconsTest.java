package org.newsfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfacts.entities.ModelFile;

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
