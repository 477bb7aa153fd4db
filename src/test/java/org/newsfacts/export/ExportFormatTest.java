package org.newsfacts.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfacts.json.Json;
import org.newsfacts.json.JsonTest;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.Entity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Evidence;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

class ExportFormatTest {
    private static final String TRICKY = "She said \"go\", then\nleft; twice,\r\n really";

    private static List<Fact> facts() {
        Fact agreement = new Fact("f-02", FactType.AGREEMENT, "0a1b2c3d4e5f",
                Map.of("parties", List.of("Orbital Works", "Kestrel Aerospace"), "subject", "shared, \"docking\" port"),
                "2023-03-02", new Evidence(TRICKY, 100, 141), 0.9);
        return List.of(JsonTest.fact(), agreement);
    }

    private static String export(RecordExporter<Fact> exporter, List<Fact> facts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(facts.size(), exporter.write(facts.iterator(), out));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonLinesWritesOneFactPerTerminatedLine() throws IOException {
        String text = export(ExportFormat.JSONL.facts(), facts());
        String[] lines = text.split("\n", -1);
        assertEquals(3, lines.length);
        assertEquals("", lines[2]);
        assertEquals(facts().get(0), Json.read(lines[0], Fact.class));
        assertEquals(facts().get(1), Json.read(lines[1], Fact.class));
        try (MappingIterator<Fact> back = Json.reader(Fact.class).readValues(text)) {
            assertEquals(facts(), back.readAll());
        }
    }

    @Test
    void jsonWritesOneArray() throws IOException {
        String text = export(ExportFormat.JSON.facts(), facts());
        assertEquals(facts(), List.of(Json.read(text, Fact[].class)));
        assertEquals("[ ]\n", export(ExportFormat.JSON.facts(), List.of()));
        assertEquals("", export(ExportFormat.JSONL.facts(), List.of()));
    }

    @Test
    void csvFlattensFactsAndQuotesCommasQuotesAndNewlines() throws IOException {
        String text = export(ExportFormat.CSV.facts(), facts());
        assertEquals("id,type,article,date,confidence,person,agency,vehicle,launch_site,destination,mission,"
                + "crewmates,organization,role,outgoing,incoming,appointed_by,parties,subject,title,former,"
                + "evidence_sentence,evidence_start,evidence_end", text.substring(0, text.indexOf('\n')));
        List<Map<String, String>> rows = readCsv(text);
        assertEquals(2, rows.size());
        Map<String, String> role = rows.get(0);
        assertEquals("Ada Quill", role.get("person"));
        assertEquals("Bo Tran;Cy Ortega", role.get("crewmates"));
        assertEquals("true", role.get("former"));
        assertEquals("0.75", role.get("confidence"));
        assertEquals("", role.get("agency"));
        Map<String, String> agreement = rows.get(1);
        assertEquals("AGREEMENT", agreement.get("type"));
        assertEquals("Orbital Works;Kestrel Aerospace", agreement.get("parties"));
        assertEquals("shared, \"docking\" port", agreement.get("subject"));
        assertEquals(TRICKY, agreement.get("evidence_sentence"));
        assertEquals("100", agreement.get("evidence_start"));
        assertEquals("141", agreement.get("evidence_end"));
    }

    @Test
    void csvWritesArticlesEntitiesAndAHeaderWhenEmpty() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.CSV.entities().write(List.of(JsonTest.AGENCY,
                new Entity("place:x", EntityType.PLACE, "Xanadu, North", null, null, 1)).iterator(), out);
        List<Map<String, String>> entities = readCsv(out.toString(StandardCharsets.UTF_8));
        assertEquals("OrbitalWorks;Orbital-Works", entities.get(0).get("aliases"));
        assertEquals("Xanadu, North", entities.get(1).get("name"));
        assertEquals("", entities.get(1).get("wikidata"));

        out.reset();
        ArticleRecord article = JsonTest.ARTICLE;
        ExportFormat.CSV.articles().write(List.of(article).iterator(), out);
        assertEquals("id,path,title,date,language,sha256,tokens\n0a1b2c3d4e5f,in/lunar-probe.txt,"
                + "Lunar probe cleared for launch,2023-03-02,en," + article.sha256() + ",412\n",
                out.toString(StandardCharsets.UTF_8));

        out.reset();
        ExportFormat.CSV.articles().write(List.<ArticleRecord>of().iterator(), out);
        assertEquals("id,path,title,date,language,sha256,tokens\n", out.toString(StandardCharsets.UTF_8));
    }

    private static List<Map<String, String>> readCsv(String text) throws IOException {
        CsvMapper csv = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = csv.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            return rows.readAll();
        }
    }
}
