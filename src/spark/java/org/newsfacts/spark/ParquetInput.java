package org.newsfacts.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.newsfacts.model.UsageException;

/**
 * A Parquet table of articles as an input: one article per row, from its {@code text} column and the optional
 * {@code title}, {@code date} and {@code url} columns. Rows are numbered in the table's own order (files in name
 * order, rows in file order), so a re-run names each row as before and skips it when unchanged.
 */
final class ParquetInput {
    private static final List<String> OPTIONAL = List.of("title", "date", "url");

    private ParquetInput() {
    }

    /** Whether an input names a Parquet table: a {@code .parquet} file or folder. */
    static boolean is(String input) {
        String name = input.toLowerCase(Locale.ROOT);
        while (name.endsWith("/")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.endsWith(".parquet");
    }

    /**
     * The table's rows as sources, read by the executors.
     *
     * @throws UsageException when the table cannot be read or has no {@code text} column (the caller rejects it)
     */
    static JavaRDD<Source> rows(SparkSession spark, String table) {
        Dataset<Row> rows;
        try {
            rows = spark.read().parquet(table);
        } catch (Exception e) { // Scala declares no checked exceptions: AnalysisException arrives undeclared
            if (e instanceof AnalysisException unreadable) {
                throw new UsageException("cannot read as Parquet: " + unreadable.getSimpleMessage(), e);
            }
            throw e;
        }
        List<String> columns = Arrays.asList(rows.columns());
        if (!columns.contains("text")) {
            throw new UsageException("a Parquet input needs a 'text' column (and may have title, date, url)");
        }
        Column[] wanted = new Column[4];
        for (int i = 0; i < OPTIONAL.size(); i++) {
            String name = OPTIONAL.get(i);
            wanted[i] = (columns.contains(name) ? col(name).cast(DataTypes.StringType)
                    : lit(null).cast(DataTypes.StringType)).as(name);
        }
        wanted[3] = col("text").cast(DataTypes.StringType).as("text");
        String name = table.endsWith("/") ? table.substring(0, table.length() - 1) : table;
        return rows.select(wanted).javaRDD().zipWithIndex()
                .map(indexed -> {
                    Row row = indexed._1();
                    return Source.row(name + "#" + (indexed._2() + 1), row.getString(0), row.getString(1),
                            row.getString(2), row.getString(3));
                });
    }
}
