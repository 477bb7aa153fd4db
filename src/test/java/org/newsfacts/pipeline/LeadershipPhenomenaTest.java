package org.newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsfacts.ingest.Articles;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * Leadership changes told in the ways unseen news tells them (issue 9, kinds 1, 2, 4 and 7), each on invented
 * sentences through the standard analyzer: background changes in relative clauses, a resignation and its interim
 * successor, conditionals, caretakers, "hand over the reins", several appointees of one verb.
 */
@Tag("models") // loads CoreNLP
class LeadershipPhenomenaTest {
    private static List<Fact> changes(String text) {
        return SharedAnalyzer.get().analyze(Articles.create("t.txt", "t", "2031-03-02", null, text)).facts().stream()
                .filter(f -> f.type() == FactType.LEADERSHIP_CHANGE).toList();
    }

    /** The change that brings {@code person} in, or a failure listing what was read. */
    private static Fact incoming(List<Fact> facts, String person) {
        return facts.stream().filter(f -> person.equals(f.args().get("incoming"))).findFirst()
                .orElseThrow(() -> new AssertionError(args(facts)));
    }

    /** The change {@code text} tells that brings {@code person} in is dated {@code date}. */
    private static void assertIncomingDated(String text, String person, String date) {
        List<Fact> facts = changes(text);
        assertEquals(date, incoming(facts, person).date(), args(facts).toString());
    }

    private static List<Map<String, Object>> args(List<Fact> facts) {
        return facts.stream().map(Fact::args).toList();
    }

    @Test
    void aChangeToldInARelativeClauseIsAFactOfItsOwnDate() {
        List<Fact> facts = changes("Olga Varga, who became Northfield University's chancellor on July 1, now faces a vote of no "
                + "confidence from the faculty senate.");
        Fact became = incoming(facts, "Olga Varga");
        assertEquals("Northfield University", became.args().get("organization"), args(facts).toString());
        assertEquals("2030-07-01", became.date(), args(facts).toString());
    }

    /** Kind 7: the day the post changes hands, not the day the news was told ("said on Tuesday"). */
    @Test
    void theDateIsTheOneTheTakeOverHangsFromNotTheReportsDay() {
        assertIncomingDated("Harbor Credit Union said on Tuesday that Jonas Whitfield will take over as chairman on May 5.",
                "Jonas Whitfield", "2031-05-05");
        List<Fact> reversed = changes("Jonas Whitfield will take over as chairman of Harbor Credit Union on May 5, the "
                + "credit union said on Tuesday.");
        assertTrue(reversed.stream().anyMatch(f -> "2031-05-05".equals(f.date())), args(reversed).toString());
    }

    /** Kind 7: "named on Monday" and, in the next sentence, "takes up the post on June 1": the change is dated June 1. */
    @Test
    void aChangeNamedOneDayAndEffectiveAnotherIsDatedWhenItTakesEffect() {
        assertIncomingDated("The board of Larkfield Railways named Petra Dunmore chief executive on Monday. She will "
                + "take up the post on June 1.", "Petra Dunmore", "2031-06-01");
    }

    @Test
    void aBackgroundChangeBesideTheNewsIsKept() {
        List<Fact> facts = changes("Northfield University chancellor Olga Varga announced her resignation on Tuesday after "
                + "months of campus protests. Varga, who became the chancellor of Northfield University on July 1, "
                + "said the decision was her own.");
        assertTrue(facts.stream().anyMatch(f -> "Olga Varga".equals(f.args().get("incoming"))
                && "2030-07-01".equals(f.date())), args(facts).toString());
        assertTrue(facts.stream().anyMatch(f -> "Olga Varga".equals(f.args().get("outgoing"))), args(facts).toString());
    }

    @Test
    void aTitleWhoseHolderIsItsAppositionLeaves() {
        // "the R of O, A, resigned": the parser hangs A on the organisation or on the post; either way A leaves R at O
        for (String organization : List.of("the Reserve Bank of Freedonia", "Acme Motors")) {
            List<Fact> facts = changes("The governor of " + organization + ", Olga Varga, resigned on Friday after three years "
                    + "in office, the bank said.");
            assertEquals(1, facts.size(), args(facts).toString());
            Map<String, Object> change = facts.get(0).args();
            assertEquals("Olga Varga", change.get("outgoing"), change.toString());
            assertEquals("governor", change.get("role"), change.toString());
            assertEquals(organization.replaceFirst("^the ", ""), change.get("organization"), change.toString());
            assertEquals("2031-02-28", facts.get(0).date(), change.toString()); // the Friday before Sunday 2 March
        }
    }

    @Test
    void aResignationAndItsInterimSuccessorAreOneChange() {
        List<Fact> facts = changes("Olga Varga stepped down as president of Northfield University on Tuesday. "
                + "Dean Ivo Petrak will serve as interim president until the trustees pick a successor.");
        assertEquals(1, facts.size(), args(facts).toString());
        Map<String, Object> change = facts.get(0).args();
        assertEquals("Olga Varga", change.get("outgoing"), change.toString());
        assertEquals("Ivo Petrak", change.get("incoming"), change.toString());
        assertEquals("interim president", change.get("role"), change.toString());
    }

    @Test
    void aResignationElsewhereIsNotMergedWithAnotherPostsSuccessor() {
        List<Fact> facts = changes("Olga Varga stepped down as president of Northfield University on Tuesday. "
                + "Ivo Petrak will serve as interim chief executive of Acme Foods.");
        assertEquals(2, facts.size(), args(facts).toString());
    }

    @Test
    void aNominationInAnAppositionIsAChangeOfItsOwn() {
        List<Fact> facts = changes("The Freedonian Space Agency opened two test sites under Ivo Petrak, a retired judge "
                + "nominated by the prime minister in May to be the agency's administrator.");
        assertTrue(args(facts).stream().anyMatch(c -> "Ivo Petrak".equals(c.get("incoming"))
                && "administrator".equals(c.get("role")) && "Freedonian Space Agency".equals(c.get("organization"))),
                args(facts).toString());
    }

    @Test
    void aConditionalAppointmentIsNoChange() {
        List<Fact> facts = changes("If parliament backs the choice of Premier Ana Kovac, Olga Varga would become the "
                + "youngest director the Freedonian Space Agency has had.");
        assertTrue(facts.isEmpty(), args(facts).toString());
    }

    @Test
    void aRelativeClauseUnderAConditionStatesItsOwnChange() {
        List<Fact> facts = changes("If parliament agrees, Olga Varga would replace Ivo Petrak, who was appointed head of the "
                + "Freedonian Space Agency in 2027.");
        assertTrue(args(facts).stream().anyMatch(c -> "Ivo Petrak".equals(c.get("incoming"))), args(facts).toString());
        assertTrue(args(facts).stream().noneMatch(c -> "Olga Varga".equals(c.get("incoming"))), args(facts).toString());
    }

    @Test
    void everyoneNominatedToTakeOverGetsTheChange() {
        List<Fact> facts = changes("On Friday the cabinet nominated Acme Bank veteran Ivo Petrak, 58, and chief economist "
                + "Lena Horvat, 49, to serve as deputy governors of the Bank of Freedonia.");
        assertTrue(args(facts).stream().anyMatch(c -> "Ivo Petrak".equals(c.get("incoming"))), args(facts).toString());
        assertTrue(args(facts).stream().anyMatch(c -> "Lena Horvat".equals(c.get("incoming"))), args(facts).toString());
    }

    @Test
    void thePickToLeadIsTheNomineeNotThePick() {
        List<Fact> facts = changes("Governor Ana Kovac announced the nomination of Olga Varga, a seasoned banker, as her "
                + "pick to lead the Freedonian Space Agency.");
        assertTrue(args(facts).stream().anyMatch(c -> "Olga Varga".equals(c.get("incoming"))
                && "Freedonian Space Agency".equals(c.get("organization"))), args(facts).toString());
    }

    @Test
    void aCaretakerInChargeAfterASackingReplacesTheSackedHead() {
        List<Fact> facts = changes("Ivo Petrak will be in caretaker charge of Acme United for the final four matches "
                + "after the dismissal of Olga Varga.");
        assertEquals(1, facts.size(), args(facts).toString());
        Map<String, Object> change = facts.get(0).args();
        assertEquals("Ivo Petrak", change.get("incoming"), change.toString());
        assertEquals("Olga Varga", change.get("outgoing"), change.toString());
        assertEquals("caretaker", change.get("role"), change.toString());
    }

    @Test
    void handingOverTheReinsNamesTheSuccessor() {
        List<Fact> facts = changes("Olga Varga, chief executive of Acme Foods since 2012, will hand over the reins to "
                + "Ivo Petrak in June.");
        assertTrue(args(facts).stream().anyMatch(c -> "Olga Varga".equals(c.get("outgoing"))
                && "Ivo Petrak".equals(c.get("incoming")) && "Acme Foods".equals(c.get("organization"))), args(facts).toString());
    }

    @Test
    void everyAppointeeOfOneVerbGetsTheirOwnPostAtTheArticlesOrganisation() {
        List<Fact> facts = changes("President Ana Kovac appointed Olga Varga as head of the Freedonian Space Agency on "
                + "Monday. The president also named former Acme Rockets executive Ivo Petrak as deputy administrator, and "
                + "Lena Horvat, a veteran treasury official, as deputy chief. Petrak ran the engine "
                + "programme of Acme Rockets, and Acme Rockets thanked him.");
        List<Map<String, Object>> all = args(facts);
        assertTrue(all.stream().anyMatch(c -> "Ivo Petrak".equals(c.get("incoming")) && "deputy administrator".equals(c.get("role"))
                && "Freedonian Space Agency".equals(c.get("organization"))), all.toString());
        assertTrue(all.stream().anyMatch(c -> "Lena Horvat".equals(c.get("incoming")) && "deputy chief".equals(c.get("role"))
                && "Freedonian Space Agency".equals(c.get("organization"))), all.toString());
    }

    @Test
    void anOrganisationThatAppointsAppointsToItsOwnPostWhateverTheArticleNamesMost() {
        List<Fact> facts = changes("The Bank of Freedonia raised its main rate on Tuesday. Bank of Freedonia officials "
                + "expect prices to cool, and the Bank of Freedonia will meet again in May. Separately, Acme Motors named "
                + "Olga Varga chief executive on Monday after Ivo Petrak resigned.");
        assertEquals(1, facts.size(), args(facts).toString());
        Map<String, Object> change = facts.get(0).args();
        assertEquals("Acme Motors", change.get("organization"), change.toString());
        assertEquals("Olga Varga", change.get("incoming"), change.toString());
        assertEquals("Ivo Petrak", change.get("outgoing"), change.toString());
        assertTrue(!change.containsKey("appointed_by"), "an organisation naming its own head is no appointer: " + change);
    }

    @Test
    void aGoverningBodyAppointsToAPostElsewhere() {
        List<Fact> facts = changes("The Borduria Space Office will open a new launch site next year, the Borduria Space "
                + "Office said. On Monday the Cabinet named Olga Varga director general.");
        assertEquals(1, facts.size(), args(facts).toString());
        assertEquals("Borduria Space Office", facts.get(0).args().get("organization"), args(facts).toString());
        assertEquals("Cabinet", facts.get(0).args().get("appointed_by"), args(facts).toString());
    }
}
