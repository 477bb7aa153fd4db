package org.newsfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The entity scorer's fold; each expectation is what {@code score-entities.py}'s {@code fold()} gives. */
class EntityNameFolderTest {
    @Test
    void dropsPossessivesAccentsPunctuationAndALeadingThe() {
        assertEquals("orbita agency", EntityNameFolder.fold("The Órbita Agency’s"));
        assertEquals("varga crew", EntityNameFolder.fold("Varga's crew"));
        assertEquals("k varga", EntityNameFolder.fold("K. Varga"));
        assertEquals("", EntityNameFolder.fold(null));
    }

    @Test
    void keepsAnSThatIsNotAPossessive() {
        assertEquals("varga sons", EntityNameFolder.fold("Varga 's-Sons"));
        assertEquals("varga sons", EntityNameFolder.fold("Varga'sons"));
        assertEquals("vargas sons", EntityNameFolder.fold("Vargas sons"));
    }
}
