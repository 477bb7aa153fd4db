package org.newsfacts.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.newsfacts.index.ArticleFields;
import org.newsfacts.index.CorpusFields;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench layer-size --index DIR --work DIR2}: what the corpus layer takes on disk. Copies the index to
 * DIR2 (never writing DIR), merges the copy into one segment, then deletes the layer's documents and merges
 * again: the difference is the layer, with no deleted documents or segment overhead on either side. Prints
 * one Markdown row: articles, index, layer, layer per article, records. Slow and I/O-heavy on a large index.
 */
@Command(name = "layer-size", mixinStandardHelpOptions = true,
        description = "Measure the on-disk size of the corpus layer of an index (on a copy).")
final class BenchLayerSizeCommand implements Callable<Integer> {
    @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder (read only).")
    Path index;

    @Option(names = "--work", required = true, paramLabel = "DIR", description = "An absent folder for the copy (removed after).")
    Path work;

    @Option(names = "--header", description = "Print the table header first.")
    boolean header;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(work)) {
            throw new IOException(work + " exists: give an absent folder");
        }
        Files.createDirectories(work);
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().equals("write.lock")) {
                    Files.copy(file, work.resolve(file.getFileName()));
                }
            }
        }
        long articles;
        long records;
        long whole;
        long articlesOnly;
        try (Directory directory = FSDirectory.open(work);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.forceMerge(1);
            writer.commit();
            whole = SyntheticIndexBuilder.size(work);
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                articles = searcher.count(new FieldExistsQuery(ArticleFields.PATH));
                records = searcher.count(new TermQuery(new Term(CorpusFields.KIND, CorpusFields.KIND_ENTITY)))
                        + searcher.count(new TermQuery(new Term(CorpusFields.KIND, CorpusFields.KIND_FACT)));
            }
            writer.deleteDocuments(new TermQuery(new Term(CorpusFields.KIND, CorpusFields.KIND_ENTITY)),
                    new TermQuery(new Term(CorpusFields.KIND, CorpusFields.KIND_FACT)));
            writer.forceMerge(1);
            writer.commit();
            writer.deleteUnusedFiles();
            articlesOnly = SyntheticIndexBuilder.size(work);
        } finally {
            try (Stream<Path> files = Files.list(work)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(work);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (header) {
            out.println("| articles | index, one segment (MB) | articles alone (MB) | corpus layer (MB) | layer per article (kB) | layer records |");
            out.println("|---:|---:|---:|---:|---:|---:|");
        }
        long layer = whole - articlesOnly;
        out.printf("| %,d | %.1f | %.1f | %.1f | %.2f | %,d |%n", articles, whole / 1048576.0, articlesOnly / 1048576.0,
                layer / 1048576.0, layer / 1024.0 / articles, records);
        out.flush();
        return 0;
    }
}
