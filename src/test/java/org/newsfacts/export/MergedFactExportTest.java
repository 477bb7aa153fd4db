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
import org.newsfacts.model.Evidence;
import org.newsfacts.model.FactType;
import org.newsfacts.model.MergedFact;

class MergedFactExportTest {
    private static final MergedFact CHANGE = new MergedFact("m-0011223344556677", FactType.LEADERSHIP_CHANGE,
            "a00000000001", Map.of("organization", "Orbita Agency", "outgoing", "Ivan Lebed"), "2031-03-02",
            new Evidence("Orbita named a new head, \"at last\".", 0, 37), 0.9,
            List.of(new MergedFact.Source("a00000000001", "f-1", "2031-03-02", new Evidence("Orbita named ...", 0, 37)),
                    new MergedFact.Source("a00000000002", "f-2", "XXXX-03", new Evidence("Marta Kovac ...", 5, 20))),
            List.of(new MergedFact.Conflict("incoming", List.of(
                    new MergedFact.Claim("Olga Varga", List.of("a00000000001")),
                    new MergedFact.Claim("Marta Kovac", List.of("a00000000002"))))));

    private static String export(RecordExporter<MergedFact> exporter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(1, exporter.write(List.of(CHANGE).iterator(), out));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonLinesAndJsonRoundTrip() throws IOException {
        String lines = export(ExportFormat.JSONL.mergedFacts());
        assertEquals(CHANGE, Json.read(lines.strip(), MergedFact.class));
        assertEquals(List.of(CHANGE), List.of(Json.read(export(ExportFormat.JSON.mergedFacts()), MergedFact[].class)));
    }

    @Test
    void csvHasOneRowWithArticlesAndConflictsFlattened() throws IOException {
        String text = export(ExportFormat.CSV.mergedFacts());
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            Map<String, String> row = rows.next();
            assertEquals("a00000000001;a00000000002", row.get("articles"));
            assertEquals("2", row.get("sources"));
            assertEquals("incoming: Olga Varga [a00000000001] | Marta Kovac [a00000000002]", row.get("conflicts"));
            assertEquals("", row.get("incoming"));
            assertEquals("Ivan Lebed", row.get("outgoing"));
            assertEquals("Orbita named a new head, \"at last\".", row.get("evidence_sentence"));
        }
    }
}
