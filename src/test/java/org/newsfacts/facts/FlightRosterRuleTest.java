package org.newsfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.newsfacts.entities.MissionCatalog;
import org.newsfacts.model.Fact;

/**
 * The flight phenomena of issue 9, each on invented sentences: crew rosters with positions, several flights
 * in one article, prime and backup crews (item 3); removals, replacements, withdrawals and the crew's
 * agency (item 4); the launch date rather than the announcement date (item 7).
 */
class FlightRosterRuleTest {
    private static final FlightAssignmentRule RULE = new FlightAssignmentRule(Lexicons.bundled(), MissionCatalog.bundled());

    private static List<Fact> extract(String date, String... sentences) {
        return RULE.extract(Sentences.article(date, sentences));
    }

    private static List<Object> people(List<Fact> facts) {
        return facts.stream().map(f -> f.args().get("person")).toList();
    }

    private static Map<String, Object> argsOf(List<Fact> facts, String person) {
        return facts.stream().filter(f -> person.equals(f.args().get("person"))).findFirst().orElseThrow().args();
    }

    private static Fact factOf(List<Fact> facts, String person) {
        return facts.stream().filter(f -> person.equals(f.args().get("person"))).findFirst().orElseThrow();
    }

    @Nested
    class Rosters {
        @Test
        void rosterWithPositionsPutsEveryoneOnTheFlight() {
            List<Fact> facts = extract(null,
                    "The/DT [STS-190]MISSION crew/NN includes/VBZ/include commander/NN [Olga Varga]PERSON ,/, pilot/NN "
                            + "[Tom Hale]PERSON and/CC mission/NN specialists/NNS/specialist [Ada King]PERSON ,/, "
                            + "[Ivan Petrov]PERSON and/CC [Lena Ortiz]PERSON ./.");

            assertEquals(List.of("Olga Varga", "Tom Hale", "Ada King", "Ivan Petrov", "Lena Ortiz"), people(facts));
            assertEquals(List.of("Olga Varga", "Tom Hale", "Ada King", "Ivan Petrov"), argsOf(facts, "Lena Ortiz").get("crewmates"));
            assertEquals("Space Shuttle", argsOf(facts, "Tom Hale").get("vehicle"));
        }

        @Test
        void agencyBeforeARosterReachesPastThePositions() {
            List<Fact> facts = extract(null,
                    "[NASA]AGENCY astronauts/NNS/astronaut commander/NN [Olga Varga]PERSON and/CC pilot/NN "
                            + "[Tom Hale]PERSON will/MD fly/VB/fly [Crew-21]MISSION ./.");

            assertEquals("NASA", argsOf(facts, "Olga Varga").get("agency"));
            assertEquals("NASA", argsOf(facts, "Tom Hale").get("agency"));
        }

        @Test
        void twoFlightsInOneArticleKeepTheirOwnCrews() {
            List<Fact> facts = extract(null,
                    "[Soyuz MS-41]MISSION will/MD carry/VB/carry cosmonauts/NNS/cosmonaut [Ivan Petrov]PERSON and/CC "
                            + "[Oleg Marin]PERSON to/TO the/DT [International Space Station]STATION ./.",
                    "A/DT [Crew Dragon]SPACECRAFT will/MD launch/VB/launch [NASA]AGENCY astronauts/NNS/astronaut "
                            + "[Olga Varga]PERSON and/CC [Tom Hale]PERSON from/IN [Kennedy Space Center]PLACE a/DT "
                            + "week/NN later/RB ./.");

            assertEquals(4, facts.size());
            Map<String, Object> petrov = argsOf(facts, "Ivan Petrov");
            assertEquals(List.of("Oleg Marin"), petrov.get("crewmates"));
            assertEquals("Soyuz", petrov.get("vehicle"));
            assertEquals("Roscosmos", petrov.get("agency"));
            Map<String, Object> varga = argsOf(facts, "Olga Varga");
            assertEquals(List.of("Tom Hale"), varga.get("crewmates"));
            assertEquals("Crew Dragon", varga.get("vehicle"));
            assertNull(varga.get("mission"), "the Dragon flight is not the Soyuz mission");
        }

        @Test
        void peopleAlreadyOnTheStationAreNotCrewmates() {
            List<Fact> facts = extract(null,
                    "[NASA]AGENCY astronauts/NNS/astronaut [Olga Varga]PERSON and/CC [Tom Hale]PERSON will/MD "
                            + "launch/VB/launch on/IN [Crew-21]MISSION ./.",
                    "They/PRP/they will/MD join/VB/join [Ada King]PERSON and/CC [Lena Ortiz]PERSON aboard/IN the/DT "
                            + "[International Space Station]STATION ./.");

            assertEquals(List.of("Olga Varga", "Tom Hale"), people(facts));
            assertEquals(List.of("Tom Hale"), argsOf(facts, "Olga Varga").get("crewmates"));
        }

        @Test
        void joinedByNamesANewCrewMember() {
            List<Fact> facts = extract(null,
                    "[Olga Varga]PERSON will/MD launch/VB/launch on/IN [Crew-21]MISSION ./.",
                    "She/PRP will/MD be/VB joined/VBN/join by/IN [JAXA]AGENCY astronaut/NN [Aiko Mori]PERSON on/IN "
                            + "the/DT mission/NN ./.");

            assertEquals(List.of("Olga Varga", "Aiko Mori"), people(facts));
        }

        @Test
        void positionsStatedOneSentenceEach() {
            List<Fact> facts = extract(null,
                    "[STS-190]MISSION will/MD be/VB commanded/VBN/command by/IN [Olga Varga]PERSON ./.",
                    "The/DT pilot/NN will/MD be/VB [Tom Hale]PERSON ./.",
                    "The/DT mission/NN specialists/NNS/specialist are/VBP/be [Ada King]PERSON and/CC "
                            + "[Lena Ortiz]PERSON ./.");

            assertEquals(List.of("Olga Varga", "Tom Hale", "Ada King", "Lena Ortiz"), people(facts));
            assertTrue(facts.stream().allMatch(f -> "STS-190".equals(f.args().get("mission"))));
        }

        @Test
        void theSpacecraftPilotedByItsCrew() {
            List<Fact> facts = extract(null,
                    "A/DT [Soyuz]SPACECRAFT lifted/VBD/lift off/RP from/IN [Baikonur Cosmodrome]PLACE ./.",
                    "The/DT spacecraft/NN was/VBD/be piloted/VBN/pilot by/IN cosmonauts/NNS/cosmonaut "
                            + "[Oleg Marin]PERSON and/CC [Ivan Petrov]PERSON ./.");

            assertEquals(List.of("Oleg Marin", "Ivan Petrov"), people(facts));
            assertEquals("Baikonur Cosmodrome", argsOf(facts, "Ivan Petrov").get("launch_site"));
        }

        @Test
        void aSentenceNamingACrewMemberGoesOnAboutTheirFlight() {
            List<Fact> facts = extract(null,
                    "[Olga Varga]PERSON will/MD launch/VB/launch on/IN [Ax-9]MISSION ./.",
                    "[Olga Varga]PERSON will/MD be/VB joined/VBN/join by/IN [Tom Hale]PERSON ,/, a/DT retired/JJ "
                            + "teacher/NN ./.");

            assertEquals(List.of("Tom Hale"), argsOf(facts, "Olga Varga").get("crewmates"));
        }

        @Test
        void aStationCrewIsNoFlightCrew() {
            List<Fact> facts = extract(null,
                    "[Olga Varga]PERSON and/CC [Tom Hale]PERSON will/MD launch/VB/launch on/IN [Crew-21]MISSION ./.",
                    "The/DT crew/NN of/IN Expedition/NNP 90/CD aboard/IN the/DT [International Space Station]STATION "
                            + "will/MD be/VB [Ada King]PERSON and/CC [Lena Ortiz]PERSON ./.");

            assertEquals(List.of("Olga Varga", "Tom Hale"), people(facts));
        }

        @Test
        void primeAndBackupCrewsInOneSentence() {
            List<Fact> facts = extract(null,
                    "The/DT prime/JJ crew/NN of/IN [Soyuz MS-41]MISSION is/VBZ/be [Olga Varga]PERSON and/CC "
                            + "[Ivan Petrov]PERSON ,/, and/CC the/DT backup/NN crew/NN is/VBZ/be [Oleg Marin]PERSON "
                            + "and/CC [Ada King]PERSON ./.");

            assertEquals(List.of("Olga Varga", "Ivan Petrov"), people(facts));
            assertEquals(List.of("Ivan Petrov"), argsOf(facts, "Olga Varga").get("crewmates"));
        }

        @Test
        void backupsNamedAfterThePrimeCrewStayOut() {
            List<Fact> facts = extract(null,
                    "[Olga Varga]PERSON and/CC [Ivan Petrov]PERSON will/MD fly/VB/fly [Soyuz MS-41]MISSION ,/, with/IN "
                            + "[Oleg Marin]PERSON and/CC [Ada King]PERSON as/IN their/PRP$ backups/NNS/backup ./.");

            assertEquals(List.of("Olga Varga", "Ivan Petrov"), people(facts));
        }
    }

    @Nested
    class Discourse {
        @Test
        void twoContrastingClausesSeatTwoCrews() {
            List<Fact> facts = extract(null,
                    "[NASA]AGENCY astronauts/NNS/astronaut [Olga Varga]PERSON and/CC [Tom Hale]PERSON will/MD "
                            + "crew/VB/crew the/DT first/JJ [Starliner]SPACECRAFT test/NN flight/NN ,/, while/IN "
                            + "[Ada King]PERSON and/CC [Lena Ortiz]PERSON will/MD crew/VB/crew the/DT second/JJ "
                            + "mission/NN ./.");

            assertEquals(List.of("Tom Hale"), argsOf(facts, "Olga Varga").get("crewmates"));
            assertEquals(List.of("Lena Ortiz"), argsOf(facts, "Ada King").get("crewmates"));
            assertEquals("Starliner", argsOf(facts, "Lena Ortiz").get("vehicle"));
        }

        @Test
        void aReassignmentMovesThePersonToTheFlightAfterTheVerb() {
            List<Fact> facts = extract(null,
                    "[Tom Hale]PERSON will/MD join/VB/join the/DT crew/NN of/IN [STS-190]MISSION ./.",
                    "[Olga Varga]PERSON ,/, previously/RB assigned/VBN/assign to/TO [STS-190]MISSION ,/, has/VBZ/have "
                            + "been/VBN/be reassigned/VBN/reassign to/TO [STS-191]MISSION ./.");

            assertEquals("STS-191", argsOf(facts, "Olga Varga").get("mission"));
            assertFalse(argsOf(facts, "Tom Hale").containsKey("crewmates"));
        }

        @Test
        void aCrewThatFlewTheSameCraftInAnotherYearIsAnotherFlight() {
            List<Fact> facts = extract("2031-04-24",
                    "[NASA]AGENCY astronauts/NNS/astronaut [Olga Varga]PERSON and/CC [Tom Hale]PERSON launched/VBD/launch "
                            + "[Friday]DATE=2031-04-25 in/IN a/DT [Crew Dragon]SPACECRAFT ./.",
                    "They/PRP flew/VBD/fly in/IN the/DT same/JJ [Crew Dragon]SPACECRAFT that/WDT launched/VBD/launch "
                            + "[Ada King]PERSON and/CC [Lena Ortiz]PERSON [last year]DATE=2030 ./.",
                    "Each/DT member/NN of/IN the/DT [Crew-22]MISSION mission/NN trained/VBD/train for/IN years/NNS ./.");

            assertEquals(List.of("Tom Hale"), argsOf(facts, "Olga Varga").get("crewmates"));
            assertEquals("Crew-22", argsOf(facts, "Olga Varga").get("mission"));
            assertEquals(List.of("Lena Ortiz"), argsOf(facts, "Ada King").get("crewmates"));
            assertNull(argsOf(facts, "Ada King").get("mission"));
            assertEquals("2030", factOf(facts, "Ada King").date());
        }

        @Test
        void theCraftAndSiteOfTheOneFlightMayComeParagraphsLater() {
            List<Fact> facts = extract("2031-08-01",
                    "[Olga Varga]PERSON launched/VBD/launch herself/PRP to/TO the/DT edge/NN of/IN space/NN on/IN "
                            + "[July 9]DATE=2031-07-09 ./.",
                    "Aboard/IN the/DT flight/NN with/IN her/PRP was/VBD/be [Tom Hale]PERSON ./.",
                    "The/DT company/NN was/VBD/be founded/VBN/found in/IN [2004]DATE=2004 ./.",
                    "Others/NNS/other aboard/IN were/VBD/be two/CD pilots/NNS/pilot ,/, [Ada King]PERSON and/CC "
                            + "[Lena Ortiz]PERSON ./.",
                    "Fans/NNS cheered/VBD/cheer ./.",
                    "Investors/NNS were/VBD/be pleased/JJ ./.",
                    "[VSS Unity]SPACECRAFT=SpaceShipTwo took/VBD/take off/RP from/IN the/DT runway/NN of/IN "
                            + "[Spaceport America]PLACE ./.");

            assertEquals(List.of("Olga Varga", "Tom Hale", "Ada King", "Lena Ortiz"), people(facts));
            assertEquals("SpaceShipTwo", argsOf(facts, "Lena Ortiz").get("vehicle"));
            assertEquals("Spaceport America", argsOf(facts, "Olga Varga").get("launch_site"));
            assertEquals("2031-07-09", factOf(facts, "Ada King").date());
        }

        @Test
        void pastFlightsListedPerPersonAreEachAFlight() {
            List<Fact> facts = extract(null,
                    "[Olga Varga]PERSON was/VBD/be a/DT mission/NN specialist/NN on/IN [STS-150]MISSION in/IN "
                            + "[1999]DATE=1999 and/CC [STS-160]MISSION in/IN [2002]DATE=2002 ./.",
                    "[Tom Hale]PERSON and/CC [Ada King]PERSON have/VBP/have each/DT flown/VBN/fly once/RB ,/, on/IN "
                            + "[STS-170]MISSION in/IN [2003]DATE=2003 and/CC [STS-160]MISSION in/IN [2002]DATE=2002 ,/, "
                            + "respectively/RB ./.");

            assertEquals(List.of("STS-150", "STS-160", "STS-170"), facts.stream().map(f -> f.args().get("mission"))
                    .distinct().sorted().toList());
            assertEquals(List.of("Olga Varga", "Olga Varga", "Ada King", "Tom Hale"), people(facts));
            Fact kingsFlight = factOf(facts, "Ada King");
            assertEquals("STS-160", kingsFlight.args().get("mission"));
            assertEquals("2002", kingsFlight.date());
            assertEquals(List.of("Olga Varga"), kingsFlight.args().get("crewmates"));
            assertEquals("STS-170", argsOf(facts, "Tom Hale").get("mission"));
        }

        @Test
        void aFlightFlownPreviouslyIsAFlightButAnEarlierAssignmentIsNot() {
            List<Fact> facts = extract(null,
                    "[Olga Varga]PERSON flew/VBD/fly previously/RB as/IN pilot/NN on/IN [STS-150]MISSION ,/, a/DT "
                            + "[2001]DATE=2001 station/NN assembly/NN mission/NN ./.");

            assertEquals("STS-150", argsOf(facts, "Olga Varga").get("mission"));
            assertEquals("2001", factOf(facts, "Olga Varga").date());
        }

        @Test
        void aReassignmentAfterARelativeClauseMovesThePerson() {
            List<Fact> facts = extract("2030-01-19",
                    "[Olga Varga]PERSON ,/, who/WP previously/RB was/VBD/be assigned/VBN/assign to/TO "
                            + "[Expedition 70/71]MISSION ,/, has/VBZ/have been/VBN/be reassigned/VBN/reassign to/TO the/DT "
                            + "[Expedition 68/69]MISSION crew/NN ,/, launching/VBG/launch in/IN [June]DATE=2030-06 ./.");

            assertEquals(List.of("Olga Varga"), people(facts));
            assertEquals("Expedition 68/69", argsOf(facts, "Olga Varga").get("mission"));
        }

        @Test
        void aFlightCalledAnExpeditionCrewRotationIsStillAFlight() {
            List<Fact> facts = extract(null,
                    "[Tom Hale]PERSON joins/VBZ/join commander/NN [Olga Varga]PERSON on/IN the/DT [STS-190]MISSION "
                            + "mission/NN ,/, an/DT expedition/NN crew-rotation/NN flight/NN ./.");

            assertEquals(List.of("Tom Hale", "Olga Varga"), people(facts));
        }

        @Test
        void aLaunchDateStatedBeforeTheFlightsAreNamedIsTheirs() {
            List<Fact> facts = extract("2030-05-17",
                    "[NASA]AGENCY finalized/VBD/finalize crews/NNS for/IN two/CD space/NN shuttle/NN missions/NNS targeted/VBN "
                            + "for/IN launch/NN/launch in/IN [2031]DATE=2031 ./.",
                    "[Olga Varga]PERSON will/MD join/VB/join the/DT crew/NN of/IN [STS-190]MISSION ./.",
                    "A/DT six-member/JJ crew/NN for/IN [STS-191]MISSION ,/, scheduled/VBN for/IN flight/NN in/IN "
                            + "[fall 2032]DATE=2032-FA ,/, will/MD be/VB led/VBN/lead by/IN [Tom Hale]PERSON ./.");

            assertEquals("2031", factOf(facts, "Olga Varga").date());
            assertEquals("2032", factOf(facts, "Tom Hale").date());
        }

        @Test
        void aSeasonGivesTheYearUntilAMonthOfThatYearIsNamed() {
            List<Fact> facts = extract("2031-06-17",
                    "The/DT [Crew-22]MISSION crew/NN gears/VBZ/gear up/RP for/IN a/DT [late summer]DATE=2031-SU "
                            + "launch/NN/launch ./.",
                    "The/DT crew/NN is/VBZ/be [Olga Varga]PERSON and/CC [Tom Hale]PERSON ./.",
                    "A/DT rocket/NN/rocket will/MD launch/VB/launch the/DT crew/NN in/IN [August]DATE=2031-08 ./.");

            assertEquals("2031-08", factOf(facts, "Tom Hale").date());
        }
    }

    @Nested
    class Mentions {
        @Test
        void flyingUpOnOneCraftAndHomeOnAnotherIsStillAFlight() {
            List<Fact> facts = extract(null,
                    "[Ada King]PERSON will/MD fly/VB/fly aboard/IN [Soyuz MS-41]MISSION and/CC return/VB/return to/TO "
                            + "Earth/NNP aboard/IN [Soyuz MS-40]MISSION ./.");

            assertEquals("Soyuz MS-41", argsOf(facts, "Ada King").get("mission"));
        }

        @Test
        void theCrewAnAgencyAnnouncesIsNoSpeaker() {
            List<Fact> facts = extract(null,
                    "[NASA]AGENCY announced/VBD/announce [Olga Varga]PERSON and/CC [Tom Hale]PERSON as/IN the/DT "
                            + "crew/NN of/IN [Crew-21]MISSION ./.");

            assertEquals(List.of("Olga Varga", "Tom Hale"), people(facts));
        }

        @Test
        void anOfficialQuotedAfterTheirTitleIsNoFlyer() {
            List<Fact> facts = extract(null,
                    "A/DT seat/NN on/IN the/DT [Soyuz]SPACECRAFT launch/NN will/MD go/VB to/TO an/DT "
                            + "astronaut/NN ,/, the/DT head/NN of/IN the/DT training/NN centre/NN ,/, "
                            + "[Tom Hale]PERSON ,/, said/VBD/say ./.");

            assertTrue(facts.isEmpty());
        }

        @Test
        void backupsInAnAppositionWithAnAdjective() {
            List<Fact> facts = extract(null,
                    "[Olga Varga]PERSON flew/VBD/fly on/IN [Soyuz MS-41]MISSION with/IN [Oleg Marin]PERSON and/CC "
                            + "[Ivan Petrov]PERSON ,/, the/DT other/JJ backup/NN crew/NN members/NNS ./.");

            assertEquals(List.of("Olga Varga"), people(facts));
        }

        @Test
        void aPersonInAContrastingClauseDoesNotTakeTheOtherClausesMission() {
            List<Fact> facts = extract(null,
                    "[Tom Hale]PERSON flew/VBD/fly on/IN [STS-190]MISSION in/IN [2021]DATE=2021 ,/, while/IN "
                            + "[Ada King]PERSON will/MD fly/VB/fly for/IN the/DT first/JJ time/NN ./.");

            assertEquals(List.of("Tom Hale"), people(facts).stream().filter(p -> argsOf(facts, (String) p)
                    .get("mission") != null).toList());
        }
    }

    @Nested
    class Removals {
        @Test
        void aNegationAfterAnAppositionTakesThePersonOff() {
            assertTrue(extract(null,
                    "[NASA]AGENCY astronaut/NN [Tom Hale]PERSON ,/, a/DT former/JJ shuttle/NN pilot/NN ,/, will/MD "
                            + "not/RB be/VB on/IN the/DT first/JJ [Starliner]SPACECRAFT launch/NN ./.").isEmpty());
        }

        @Test
        void aRequestedReassignmentTakesThePersonOff() {
            List<Fact> facts = extract(null,
                    "[Olga Varga]PERSON and/CC [Tom Hale]PERSON will/MD fly/VB/fly on/IN [STS-190]MISSION ./.",
                    "[Tom Hale]PERSON asked/VBD/ask for/IN reassignment/NN from/IN the/DT flight/NN after/IN an/DT "
                            + "injury/NN ./.");

            assertEquals(List.of("Olga Varga"), people(facts));
        }

        @Test
        void aStationCommandHandoverIsNoFlight() {
            List<Fact> facts = extract(null,
                    "[Olga Varga]PERSON and/CC [Tom Hale]PERSON launched/VBD/launch on/IN [Crew-21]MISSION ./.",
                    "With/IN [Ivan Petrov]PERSON leaving/VBG/leave ,/, the/DT command/NN of/IN the/DT "
                            + "[International Space Station]STATION will/MD pass/VB to/TO [Ada King]PERSON ./.");

            assertEquals(List.of("Olga Varga", "Tom Hale"), people(facts));
        }

        @Test
        void aCancelledTripIsNoFlight() {
            assertTrue(extract(null,
                    "[Tom Hale]PERSON cancelled/VBD/cancel his/PRP$ planned/VBN flight/NN on/IN [Ax-9]MISSION ./.")
                    .isEmpty());
        }

        @Test
        void theReplacementFliesAndThePersonReplacedDoesNot() {
            List<Fact> facts = extract(null,
                    "[Olga Varga]PERSON has/VBZ/have been/VBN/be replaced/VBN/replace by/IN [Tom Hale]PERSON on/IN "
                            + "[Crew-21]MISSION ./.");

            assertEquals(List.of("Tom Hale"), people(facts));
        }

        @Test
        void aLaterRemovalTakesThePersonOffTheFlight() {
            List<Fact> facts = extract(null,
                    "[NASA]AGENCY assigned/VBD/assign [Olga Varga]PERSON and/CC [Tom Hale]PERSON to/TO "
                            + "[Crew-21]MISSION ./.",
                    "[Olga Varga]PERSON was/VBD/be later/RB removed/VBN/remove from/IN the/DT flight/NN for/IN "
                            + "medical/JJ reasons/NNS ./.");

            assertEquals(List.of("Tom Hale"), people(facts));
            assertFalse(argsOf(facts, "Tom Hale").containsKey("crewmates"), "a person taken off is no crewmate");
        }

        @Test
        void willNoLongerFlyIsNoAssignment() {
            assertTrue(extract(null,
                    "[Olga Varga]PERSON will/MD no/RB longer/RB fly/VB/fly on/IN [Crew-21]MISSION ,/, [NASA]AGENCY "
                            + "said/VBD/say ./.").isEmpty());
            assertTrue(extract(null,
                    "[Olga Varga]PERSON will/MD not/RB fly/VB/fly on/IN [Crew-21]MISSION ./.").isEmpty());
        }

        @Test
        void aPersonWhoCalledOffOrPulledOutDoesNotFly() {
            assertTrue(extract(null,
                    "[Tom Hale]PERSON called/VBD/call off/RP his/PRP$ trip/NN on/IN [Ax-9]MISSION ./.").isEmpty());
            assertTrue(extract(null,
                    "[Tom Hale]PERSON pulled/VBD/pull out/RP of/IN the/DT [Ax-9]MISSION flight/NN ./.").isEmpty());
        }

        @Test
        void theOneWhoReplacesFlies() {
            List<Fact> facts = extract(null,
                    "[Tom Hale]PERSON will/MD replace/VB/replace [Olga Varga]PERSON on/IN [Crew-21]MISSION ./.");

            assertEquals(List.of("Tom Hale"), people(facts));
        }
    }

    @Nested
    class Agencies {
        @Test
        void agencyStatedInTheWaysNewsStatesIt() {
            List<Fact> facts = extract(null,
                    "[JAXA]AGENCY astronaut/NN [Aiko Mori]PERSON ,/, [Ivan Petrov]PERSON of/IN [Roscosmos]AGENCY "
                            + "and/CC [Ada King]PERSON ,/, an/DT astronaut/NN with/IN the/DT "
                            + "[European Space Agency]AGENCY ,/, will/MD fly/VB/fly on/IN [Crew-21]MISSION ./.");

            assertEquals("JAXA", argsOf(facts, "Aiko Mori").get("agency"));
            assertEquals("Roscosmos", argsOf(facts, "Ivan Petrov").get("agency"));
            assertEquals("European Space Agency", argsOf(facts, "Ada King").get("agency"));
        }

        @Test
        void anAgencyThatSpeaksAfterANameIsNotTheNamesAgency() {
            List<Fact> facts = extract(null,
                    "[Olga Varga]PERSON will/MD fly/VB/fly on/IN [Soyuz MS-41]MISSION with/IN two/CD "
                            + "cosmonauts/NNS/cosmonaut ,/, [Oleg Marin]PERSON and/CC [Ivan Petrov]PERSON ,/, "
                            + "[NASA]AGENCY said/VBD/say ./.");

            assertEquals("Roscosmos", argsOf(facts, "Ivan Petrov").get("agency"));
        }

        @Test
        void nationalityWithACrewPositionImpliesTheAgency() {
            List<Fact> facts = extract(null,
                    "Russian/JJ commander/NN [Oleg Marin]PERSON and/CC cosmonaut/NN [Ivan Petrov]PERSON will/MD "
                            + "launch/VB/launch on/IN [Soyuz MS-41]MISSION ./.");

            assertEquals("Roscosmos", argsOf(facts, "Oleg Marin").get("agency"));
            assertEquals("Roscosmos", argsOf(facts, "Ivan Petrov").get("agency"));
        }
    }

    @Nested
    class Dates {
        @Test
        void theLaunchDateNotTheAnnouncementDate() {
            List<Fact> facts = extract("2031-01-10",
                    "[NASA]AGENCY on/IN [Monday]DATE=2031-01-06 assigned/VBD/assign [Olga Varga]PERSON to/TO "
                            + "[Crew-21]MISSION ,/, which/WDT will/MD launch/VB/launch in/IN [March]DATE=2031-03 ./.");

            assertEquals("2031-03", factOf(facts, "Olga Varga").date());
        }

        @Test
        void anAnnouncementAloneGivesNoFlightDate() {
            List<Fact> facts = extract("2031-01-10",
                    "[NASA]AGENCY announced/VBD/announce on/IN [Monday]DATE=2031-01-06 that/IN [Olga Varga]PERSON "
                            + "will/MD fly/VB/fly on/IN [Crew-21]MISSION ./.");

            assertEquals(List.of("Olga Varga"), people(facts));
            assertNull(facts.get(0).date());
        }

        @Test
        void theLaunchDateMayComeInALaterSentence() {
            List<Fact> facts = extract("2031-01-10",
                    "[NASA]AGENCY named/VBD/name [Olga Varga]PERSON to/TO [Crew-21]MISSION on/IN "
                            + "[Tuesday]DATE=2031-01-07 ./.",
                    "The/DT mission/NN is/VBZ/be scheduled/VBN/schedule to/TO launch/VB/launch in/IN "
                            + "[June]DATE=2031-06 ./.");

            assertEquals("2031-06", factOf(facts, "Olga Varga").date());
        }
    }
}
