package org.newsfacts.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsfacts.json.Json;

/**
 * The one definition per fact type: the schema the contract (FACTS-SCHEMA v1.1) describes, records checked
 * against it, the one parser of type names, and lines rendered from it.
 */
class FactSchemaTest {

    private static Map<String, Object> args(Object... pairs) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            args.put((String) pairs[i], pairs[i + 1]);
        }
        return args;
    }

    private static String names(FactType type) {
        return type.schema().slots().stream().map(Slot::name).toList().toString();
    }

    @Test
    void slotsAreTheContractsInItsOrder() {
        assertEquals("[person, agency, vehicle, launch_site, destination, mission, crewmates]", names(FactType.FLIGHT_ASSIGNMENT));
        assertEquals("[organization, role, outgoing, incoming, appointed_by]", names(FactType.LEADERSHIP_CHANGE));
        assertEquals("[parties, subject]", names(FactType.AGREEMENT));
        assertEquals("[person, title, organization, former]", names(FactType.ROLE));
        assertTrue(FactType.AGREEMENT.schema().isRequired(Slots.PARTIES));
        assertEquals(2, FactType.AGREEMENT.schema().minimumItems(Slots.PARTIES));
        assertEquals(SlotKind.ENTITY_LIST, Slots.CREWMATES.kind());
        assertEquals(List.of(EntityType.PERSON), Slots.INCOMING.entityTypes());
        assertEquals(SlotKind.FLAG, Slots.FORMER.kind());
    }

    @Test
    void aRecordThatFitsItsSchemaPasses() {
        FactType.FLIGHT_ASSIGNMENT.schema().validate("FLIGHT_ASSIGNMENT",
                args("person", "Olga Varga", "crewmates", List.of("Ivan Petrak")));
        FactType.LEADERSHIP_CHANGE.schema().validate("LEADERSHIP_CHANGE", args("organization", "Orbita", "outgoing", "Marta Kovac"));
        FactType.ROLE.schema().validate("ROLE", args("person", "Olga Varga", "title", "chief engineer", "former", true));
    }

    @Test
    void anUnknownSlotAMissingRequiredOneOrAWrongKindIsABug() {
        FactSchema flight = FactType.FLIGHT_ASSIGNMENT.schema();
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> flight.validate("FLIGHT_ASSIGNMENT", args("person", "Olga Varga", "crewmate", List.of("Ivan Petrak"))));
        assertTrue(unknown.getMessage().contains("no slot 'crewmate'"), unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> flight.validate("FLIGHT_ASSIGNMENT", args("vehicle", "Skylark")));
        assertTrue(missing.getMessage().contains("requires slot 'person'"), missing.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> flight.validate("FLIGHT_ASSIGNMENT", args("person", "Olga Varga", "crewmates", "Ivan Petrak")));
        assertThrows(IllegalArgumentException.class, () -> FactType.AGREEMENT.schema()
                .validate("AGREEMENT", args("parties", List.of("Orbita"))), "two parties at least");
        assertThrows(IllegalArgumentException.class, () -> FactType.LEADERSHIP_CHANGE.schema()
                .validate("LEADERSHIP_CHANGE", args("organization", "Orbita", "role", "head")), "one side at least");
        assertThrows(IllegalArgumentException.class, () -> Slots.FORMER.put(new LinkedHashMap<>(), "yes"));
    }

    @Test
    void aDefinitionNamingASlotItDoesNotDeclareIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> FactSchema.builder().required(Slots.PERSON)
                .key(Slots.TITLE).line("{person}").build());
        assertThrows(IllegalArgumentException.class, () -> FactSchema.builder().required(Slots.PERSON)
                .key(Slots.PERSON).line("{person} is {title}").build());
        assertThrows(IllegalArgumentException.class, () -> FactSchema.builder().required(Slots.PERSON)
                .key(Slots.PERSON).line("{person}[ of {title}").build());
    }

    @Test
    void typeNamesAreReadInAnyCaseWithHyphensOrUnderscores() {
        assertEquals(Optional.of(FactType.LEADERSHIP_CHANGE), FactType.find("leadership-change"));
        assertEquals(Optional.of(FactType.FLIGHT_ASSIGNMENT), FactType.find("flight_assignment"));
        assertEquals(Optional.of(FactType.AGREEMENT), FactType.find(" Agreement "));
        assertEquals(Optional.empty(), FactType.find("WEDDING"));
        assertEquals(Optional.empty(), FactType.find(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FactType.of("wedding"));
        assertEquals("unknown fact type 'wedding' (one of [FLIGHT_ASSIGNMENT, LEADERSHIP_CHANGE, AGREEMENT, ROLE])", e.getMessage());
    }

    @Test
    void typesCompareAndSerializeAsTheEnumDid() {
        assertEquals(List.of(FactType.FLIGHT_ASSIGNMENT, FactType.LEADERSHIP_CHANGE, FactType.AGREEMENT, FactType.ROLE),
                FactType.values().stream().sorted().toList());
        assertEquals(3, FactType.ROLE.ordinal());
        Fact fact = new Fact("f-1", FactType.AGREEMENT, "a1", args("parties", List.of("Orbita", "Aster")), null, null, 0.8);
        String json = Json.write(fact);
        assertTrue(json.contains("\"type\":\"AGREEMENT\""), json);
        assertEquals(fact, Json.read(json, Fact.class));
    }

    @Test
    void linesRenderFromTheTemplateOptionalPartsOnlyWhenFilled() {
        assertEquals("Olga Varga (Orbita) flies on Skylark to Lunar Gateway", FactType.FLIGHT_ASSIGNMENT.schema().line()
                .render(args("person", "Olga Varga", "agency", "Orbita", "vehicle", "Skylark", "destination", "Lunar Gateway")));
        assertEquals("Orbita: ? → Marta Kovac", FactType.LEADERSHIP_CHANGE.schema().line()
                .render(args("organization", "Orbita", "incoming", "Marta Kovac")));
        assertEquals("Orbita + Aster agree: seat exchange", FactType.AGREEMENT.schema().line()
                .render(args("parties", List.of("Orbita", "Aster"), "subject", "seat exchange")));
        assertEquals("Olga Varga: former chief engineer", FactType.ROLE.schema().line()
                .render(args("person", "Olga Varga", "title", "chief engineer", "former", true)));
        assertEquals("Olga Varga: chief engineer, Orbita", FactType.ROLE.schema().line()
                .render(args("person", "Olga Varga", "title", "chief engineer", "organization", "Orbita", "former", false)));
    }
}
