package org.newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsfacts.ingest.Articles;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * Titles of the people of a change (issue 9, ROLE), on invented sentences through the standard analyzer: a ROLE
 * is kept only for a person in another fact, so each case checks the change that brings the person in as well as
 * the title itself.
 */
@Tag("models") // loads CoreNLP
class RolePhenomenaTest {
    private static List<Fact> facts(String text) {
        return SharedAnalyzer.get().analyze(Articles.create("t.txt", "t", "2031-03-02", null, text)).facts();
    }

    private static Optional<Map<String, Object>> role(List<Fact> facts, String person, String title) {
        return facts.stream().filter(f -> f.type() == FactType.ROLE).map(Fact::args)
                .filter(a -> person.equals(a.get("person")) && title.equalsIgnoreCase(String.valueOf(a.get("title"))))
                .findFirst();
    }

    private static List<Map<String, Object>> args(List<Fact> facts) {
        return facts.stream().map(f -> Map.<String, Object>of("type", f.type(), "args", f.args())).toList();
    }

    @Test
    void aRestrictiveRelativeClauseUnderAConditionStatesItsOwnChange() {
        List<Fact> facts = facts("If the assembly approves, Olga Varga would replace former Governor Ivo Petrak's appointee "
                + "Dana Kovac who took the helm of the Freedonian Space Agency in 2027.");
        assertTrue(facts.stream().anyMatch(f -> f.type() == FactType.LEADERSHIP_CHANGE
                && "Dana Kovac".equals(f.args().get("incoming")) && "Ivo Petrak".equals(f.args().get("appointed_by"))),
                args(facts).toString());
        Map<String, Object> governor = role(facts, "Ivo Petrak", "Governor").orElseThrow(() -> new AssertionError(args(facts)));
        assertEquals(true, governor.get("former"), governor.toString());
    }

    @Test
    void theSecondOfTwoNomineesAfterTheirAgesIsAnAppointeeToo() {
        List<Fact> facts = facts("The trustees chose former Acme Frozen Foods president Ivo Petrak, 61, and Acme Executive "
                + "Director Dana Kovac, 52, to take over as deputy chairs of the Freedonia Reserve Bank in April.");
        for (String nominee : List.of("Ivo Petrak", "Dana Kovac")) {
            assertTrue(facts.stream().anyMatch(f -> f.type() == FactType.LEADERSHIP_CHANGE
                    && nominee.equals(f.args().get("incoming"))), nominee + " " + args(facts));
        }
        Map<String, Object> director = role(facts, "Dana Kovac", "Executive Director")
                .orElseThrow(() -> new AssertionError(args(facts)));
        assertEquals(false, director.get("former"), director.toString());
        Map<String, Object> treasurer = role(facts, "Ivo Petrak", "president").orElseThrow(() -> new AssertionError(args(facts)));
        assertEquals(true, treasurer.get("former"), "\"former\" before the organisation dates the post: " + treasurer);
    }

    @Test
    void thePostALeaverGivesUpToAnInterimHolderIsNoRoleOfItsOwn() {
        List<Fact> facts = facts("Acme Foods President Olga Varga resigned on Monday. The board named Ivo Petrak interim "
                + "president of Acme Foods while it looks for a successor.");
        assertTrue(facts.stream().anyMatch(f -> f.type() == FactType.LEADERSHIP_CHANGE
                && "Olga Varga".equals(f.args().get("outgoing"))), args(facts).toString());
        assertTrue(role(facts, "Olga Varga", "President").isEmpty(), "the change records her post: " + args(facts));
    }

    @Test
    void earlierPostsListedAsTenuresAreFormerRoles() {
        List<Fact> facts = facts("Olga Varga will leave the Freedonian Space Agency to become director of Acme Rockets. "
                + "Varga's career also spanned stints as agency chief scientist and Acme's deputy director.");
        assertTrue(facts.stream().anyMatch(f -> f.type() == FactType.LEADERSHIP_CHANGE), args(facts).toString());
        for (String title : List.of("chief scientist", "deputy director")) {
            Map<String, Object> role = role(facts, "Olga Varga", title).orElseThrow(() -> new AssertionError(title + " " + args(facts)));
            assertEquals(true, role.get("former"), role.toString());
        }
    }

    @Test
    void whoeverAnnouncesAnAppointmentToldAsANounMadeItAndKeepsTheirTitle() {
        List<Fact> facts = facts("Governor Ana Kovac on Friday announced the nomination of Olga Varga, a retired judge, "
                + "to lead the Freedonian Space Agency.");
        assertTrue(facts.stream().anyMatch(f -> f.type() == FactType.LEADERSHIP_CHANGE
                && "Olga Varga".equals(f.args().get("incoming")) && "Ana Kovac".equals(f.args().get("appointed_by"))),
                args(facts).toString());
        assertTrue(role(facts, "Ana Kovac", "Governor").isPresent(), args(facts).toString());
    }
}
