package org.newsfacts.export;

import java.util.Locale;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.Entity;
import org.newsfacts.model.Fact;
import org.newsfacts.model.MergedFact;

/** The export formats, each knowing its exporter per record type, so the CLI chooses in one place. */
public enum ExportFormat {
    /** JSON Lines, the contract's format: one object per line. */
    JSONL,
    /** One JSON array of the same objects. */
    JSON,
    /** RFC 4180 CSV with a header row; list values joined with {@code ;}. */
    CSV;

    /** The usual file extension, without the dot. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public RecordExporter<ArticleRecord> articles() {
        return switch (this) {
            case JSONL -> new JsonLinesExporter<>(ArticleRecord.class);
            case JSON -> new JsonArrayExporter<>(ArticleRecord.class);
            case CSV -> CsvExporter.articles();
        };
    }

    public RecordExporter<Entity> entities() {
        return switch (this) {
            case JSONL -> new JsonLinesExporter<>(Entity.class);
            case JSON -> new JsonArrayExporter<>(Entity.class);
            case CSV -> CsvExporter.entities();
        };
    }

    public RecordExporter<Fact> facts() {
        return switch (this) {
            case JSONL -> new JsonLinesExporter<>(Fact.class);
            case JSON -> new JsonArrayExporter<>(Fact.class);
            case CSV -> CsvExporter.facts();
        };
    }

    /** Facts merged across articles: the fact shape plus {@code sources} and {@code conflicts}. */
    public RecordExporter<MergedFact> mergedFacts() {
        return switch (this) {
            case JSONL -> new JsonLinesExporter<>(MergedFact.class);
            case JSON -> new JsonArrayExporter<>(MergedFact.class);
            case CSV -> CsvExporter.mergedFacts();
        };
    }
}
