package org.newsfacts.export;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.Entity;
import org.newsfacts.model.Evidence;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.model.MergedFact;
import org.newsfacts.model.Slot;

/**
 * CSV with a header row: each record flattened to one row of fixed columns, list values joined with
 * {@code ;}. Quoting is jackson-dataformat-csv's RFC 4180 quoting (fields holding a comma, quote or line
 * break are quoted, quotes doubled); rows end in {@code \n}.
 */
public final class CsvExporter<T> implements RecordExporter<T> {
    /** Joins the values of a list column. */
    public static final String LIST_SEPARATOR = ";";

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final ObjectWriter writer;
    private final Function<T, Map<String, Object>> row;

    private CsvExporter(List<String> columns, Function<T, Map<String, Object>> row) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        columns.forEach(schema::addColumn);
        this.writer = CSV.writer(schema.build());
        this.row = row;
    }

    /** Columns id, path, title, date, language, sha256, tokens. */
    public static CsvExporter<ArticleRecord> articles() {
        return new CsvExporter<>(List.of("id", "path", "title", "date", "language", "sha256", "tokens"), a -> {
            Map<String, Object> row = new LinkedHashMap<>();
            put(row, "id", a.id());
            put(row, "path", a.path());
            put(row, "title", a.title());
            put(row, "date", a.date());
            put(row, "language", a.language());
            put(row, "sha256", a.sha256());
            put(row, "tokens", a.tokens());
            return row;
        });
    }

    /** Columns id, type, name, aliases (joined), wikidata, mentions. */
    public static CsvExporter<Entity> entities() {
        return new CsvExporter<>(List.of("id", "type", "name", "aliases", "wikidata", "mentions"), e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            put(row, "id", e.id());
            put(row, "type", e.type());
            put(row, "name", e.name());
            put(row, "aliases", e.aliases());
            put(row, "wikidata", e.wikidata());
            put(row, "mentions", e.mentions());
            return row;
        });
    }

    /** The slot columns of these fact types: each type's slots in schema order, each slot once. */
    public static List<String> slotColumns(Collection<FactType> types) {
        return types.stream().flatMap(t -> t.schema().slots().stream()).map(Slot::name).distinct().toList();
    }

    /** {@link #facts(Collection) facts} of the built-in types. */
    public static CsvExporter<Fact> facts() {
        return facts(FactType.values());
    }

    /**
     * Columns id, type, article, date, confidence, then the {@link #slotColumns slots} of these types, then
     * evidence_sentence, evidence_start, evidence_end. Slots outside the schema have no column.
     */
    public static CsvExporter<Fact> facts(Collection<FactType> types) {
        List<String> slots = slotColumns(types);
        List<String> columns = new ArrayList<>(List.of("id", "type", "article", "date", "confidence"));
        columns.addAll(slots);
        columns.addAll(List.of("evidence_sentence", "evidence_start", "evidence_end"));
        return new CsvExporter<>(columns, f -> {
            Map<String, Object> row = new LinkedHashMap<>();
            put(row, "id", f.id());
            put(row, "type", f.type());
            put(row, "article", f.article());
            put(row, "date", f.date());
            put(row, "confidence", f.confidence());
            slots.forEach(slot -> put(row, slot, f.args().get(slot)));
            Evidence evidence = f.evidence();
            if (evidence != null) {
                put(row, "evidence_sentence", evidence.sentence());
                put(row, "evidence_start", evidence.start());
                put(row, "evidence_end", evidence.end());
            }
            return row;
        });
    }

    /** {@link #mergedFacts(Collection) mergedFacts} of the built-in types. */
    public static CsvExporter<MergedFact> mergedFacts() {
        return mergedFacts(FactType.values());
    }

    /**
     * Columns id, type, date, confidence, then the {@link #slotColumns slots} of these types, then articles
     * (the supporting article ids, joined), sources (how many), conflicts
     * ({@code slot: value [article ...] | ...}, several joined with {@code ;}) and the first source's
     * evidence_sentence.
     */
    public static CsvExporter<MergedFact> mergedFacts(Collection<FactType> types) {
        List<String> slots = slotColumns(types);
        List<String> columns = new ArrayList<>(List.of("id", "type", "date", "confidence"));
        columns.addAll(slots);
        columns.addAll(List.of("articles", "sources", "conflicts", "evidence_sentence"));
        return new CsvExporter<>(columns, f -> {
            Map<String, Object> row = new LinkedHashMap<>();
            put(row, "id", f.id());
            put(row, "type", f.type());
            put(row, "date", f.date());
            put(row, "confidence", f.confidence());
            slots.forEach(slot -> put(row, slot, f.args().get(slot)));
            put(row, "articles", f.sources().stream().map(MergedFact.Source::article).distinct().toList());
            put(row, "sources", f.sources().size());
            put(row, "conflicts", f.conflicts().stream().map(CsvExporter::conflict).toList());
            if (f.evidence() != null) {
                put(row, "evidence_sentence", f.evidence().sentence());
            }
            return row;
        });
    }

    private static String conflict(MergedFact.Conflict conflict) {
        return conflict.slot() + ": " + conflict.values().stream()
                .map(c -> c.value() + " [" + String.join(" ", c.articles()) + "]")
                .collect(Collectors.joining(" | "));
    }

    @Override
    public long write(Iterator<? extends T> records, OutputStream out) throws IOException {
        long count = 0;
        try (SequenceWriter sequence = writer.writeValues(out)) {
            while (records.hasNext()) {
                sequence.write(row.apply(records.next()));
                count++;
            }
        }
        out.flush();
        return count;
    }

    /** Absent and null values stay empty cells; lists are joined, everything else is its string form. */
    private static void put(Map<String, Object> row, String column, Object value) {
        if (value instanceof Collection<?> list) {
            row.put(column, list.stream().map(String::valueOf).collect(Collectors.joining(LIST_SEPARATOR)));
        } else if (value != null) {
            row.put(column, String.valueOf(value));
        }
    }
}
