package org.newsfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfacts.entities.MissionCatalog;
import org.newsfacts.model.Fact;

class FlightAssignmentRuleTest {
    private static final FlightAssignmentRule RULE = new FlightAssignmentRule(Lexicons.bundled(), MissionCatalog.bundled());

    private static Map<String, Object> argsOf(List<Fact> facts, String person) {
        return facts.stream().filter(f -> person.equals(f.args().get("person"))).findFirst().orElseThrow().args();
    }

    @Test
    void extractsOneFactPerCrewMemberWithCrewmatesAndAgencies() {
        List<Fact> facts = RULE.extract(Sentences.article("2031-02-01",
                "[NASA]AGENCY astronaut [Lena Ortiz]PERSON will/MD fly/VB aboard/IN [Soyuz MS-40]MISSION alongside/IN "
                        + "cosmonauts/NNS/cosmonaut [Oleg Marin]PERSON and/CC [Ivan Petrov]PERSON ./."));

        assertEquals(3, facts.size());
        Map<String, Object> ortiz = argsOf(facts, "Lena Ortiz");
        assertEquals("NASA", ortiz.get("agency"));
        assertEquals("Soyuz", ortiz.get("vehicle"), "the mission name states the vehicle");
        assertEquals("Soyuz MS-40", ortiz.get("mission"));
        assertEquals(List.of("Oleg Marin", "Ivan Petrov"), ortiz.get("crewmates"));
        assertEquals("Roscosmos", argsOf(facts, "Ivan Petrov").get("agency"), "a cosmonaut flies for Roscosmos");
    }

    @Test
    void leavesBackupCrewOut() {
        List<Fact> facts = RULE.extract(Sentences.article(null,
                "[Lena Ortiz]PERSON will/MD fly/VB on/IN [Crew-20]MISSION ,/, with/IN [Oleg Marin]PERSON and/CC "
                        + "[Ivan Petrov]PERSON ,/, the/DT backup/NN crew/NN ,/, ready/JJ to/TO step/VB in/RP ./."));

        assertEquals(List.of("Lena Ortiz"), facts.stream().map(f -> f.args().get("person")).toList());
    }

    @Test
    void leavesOfficialsAndSpeakersOut() {
        List<Fact> facts = RULE.extract(Sentences.article(null,
                "[Lena Ortiz]PERSON will/MD launch/VB/launch on/IN [Crew-20]MISSION ,/, Administrator/NNP "
                        + "[Sam Reyes]PERSON said/VBD/say ./."));

        assertEquals(List.of("Lena Ortiz"), facts.stream().map(f -> f.args().get("person")).toList());
    }

    @Test
    void hedgedAssignmentIsNotAFact() {
        assertTrue(RULE.extract(Sentences.article(null,
                "[Lena Ortiz]PERSON could/MD fly/VB on/IN [Crew-20]MISSION next/JJ year/NN ./.")).isEmpty());
    }

    @Test
    void followingSentenceAboutTheCrewJoinsTheSameFlight() {
        List<Fact> facts = RULE.extract(Sentences.article("2030-05-04",
                "[NASA]AGENCY assigned/VBD/assign [Lena Ortiz]PERSON and/CC [Tom Hale]PERSON to/TO the/DT "
                        + "[Crew-20]MISSION mission/NN ./.",
                "They/PRP/they will/MD be/VB joined/VBN/join by/IN [JAXA]AGENCY astronaut [Aiko Mori]PERSON ./.",
                "The/DT crew/NN will/MD launch/VB/launch to/TO the/DT [International Space Station]STATION "
                        + "in/IN [March]DATE=2031-03 ./."));

        assertEquals(3, facts.size());
        Map<String, Object> mori = argsOf(facts, "Aiko Mori");
        assertEquals("Crew-20", mori.get("mission"));
        assertEquals("JAXA", mori.get("agency"));
        assertEquals("International Space Station", mori.get("destination"));
        assertEquals(List.of("Lena Ortiz", "Tom Hale"), mori.get("crewmates"));
        assertEquals("2031-03", facts.get(0).date(), "the crew's launch date comes from the sentence about the crew");
    }

    @Test
    void nonSpaceLaunchIsNotAFlight() {
        // one filter only: a firm, unreported launch by a person, which lacks nothing but a flight to name
        // (no mission, vehicle or launch site); the twin with a mission is a fact, so the test can fail
        assertTrue(RULE.extract(Sentences.article(null,
                "[Tom Hale]PERSON will/MD launch/VB/launch a/DT missile/NN ./.")).isEmpty());
        assertEquals(List.of("Tom Hale"), RULE.extract(Sentences.article(null,
                "[Tom Hale]PERSON will/MD launch/VB/launch on/IN [Crew-20]MISSION ./."))
                .stream().map(f -> f.args().get("person")).toList());
    }

    @Test
    void backupCrewListedAfterTheWordBackupDoesNotFly() {
        List<Fact> facts = RULE.extract(Sentences.article(null,
                "[Lena Ortiz]PERSON and/CC [Tom Hale]PERSON will/MD fly/VB on/IN [Soyuz MS-40]MISSION ./.",
                "The/DT backup/NN crew/NN is/VBZ made/VBN up/RP of/IN cosmonaut/NN [Oleg Marin]PERSON ,/, as/RB well/RB "
                        + "as/IN actress/NN [Ada King]PERSON ./."));

        assertEquals(List.of("Lena Ortiz", "Tom Hale"), facts.stream().map(f -> f.args().get("person")).toList());
    }

    @Test
    void peopleANewCrewReplacesAreNotOnTheFlight() {
        List<Fact> facts = RULE.extract(Sentences.article(null,
                "The/DT [Crew-20]MISSION astronauts/NNS [Lena Ortiz]PERSON and/CC [Tom Hale]PERSON will/MD "
                        + "launch/VB/launch next/JJ week/NN and/CC replace/VB/replace [Oleg Marin]PERSON ,/, "
                        + "[Ivan Petrov]PERSON and/CC [Ada King]PERSON ./."));

        assertEquals(List.of("Lena Ortiz", "Tom Hale"), facts.stream().map(f -> f.args().get("person")).toList());
    }

    @Test
    void singleNamedFlightGathersCrewsDescribedBeforeItsName() {
        List<Fact> facts = RULE.extract(Sentences.article(null,
                "[Lena Ortiz]PERSON will/MD launch/VB/launch in/IN a/DT [Crew Dragon]SPACECRAFT from/IN "
                        + "[Kennedy Space Center]PLACE ./.",
                "The/DT [Ax-9]MISSION mission/NN includes/VBZ/include [Tom Hale]PERSON and/CC [Ada King]PERSON ./."));

        assertEquals(3, facts.size());
        assertTrue(facts.stream().allMatch(f -> "Ax-9".equals(f.args().get("mission"))));
        assertEquals(List.of("Tom Hale", "Ada King"), argsOf(facts, "Lena Ortiz").get("crewmates"));
        assertEquals("Kennedy Space Center", argsOf(facts, "Ada King").get("launch_site"));
    }

    @Test
    void pronounFlyerIsTheArticlesMainPerson() {
        List<Fact> facts = RULE.extract(Sentences.article(null,
                "[Tom Hale]PERSON joined/VBD/join the/DT senate/NN ./.",
                "[Tom Hale]PERSON spoke/VBD/speak with/IN [Ada King]PERSON ./.",
                "In/IN [1986]DATE=1986 he/PRP flew/VBD/fly on/IN the/DT [Space Shuttle]SPACECRAFT ./."));

        assertEquals(1, facts.size());
        assertEquals(Map.of("person", "Tom Hale", "vehicle", "Space Shuttle"), facts.get(0).args());
        assertEquals("1986", facts.get(0).date());
    }

    @Test
    void careerSummaryWithoutAnIdentifiableFlightIsNoAssignment() {
        assertTrue(RULE.extract(Sentences.article(null,
                "[Tom Hale]PERSON has/VBZ/have flown/VBN/fly twice/RB and/CC spent/VBD/spend a/DT year/NN in/IN "
                        + "space/NN ./.")).isEmpty());
    }

    @Test
    void returnToEarthIsNotAFlightAssignment() {
        assertTrue(RULE.extract(Sentences.article(null,
                "[Lena Ortiz]PERSON and/CC [Tom Hale]PERSON returned/VBD/return to/TO Earth/NNP aboard/IN "
                        + "[Soyuz MS-40]MISSION on/IN [Friday]DATE=XXXX-WXX-5 ./.")).isEmpty());
    }
}
