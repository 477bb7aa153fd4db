package org.newsfacts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.newsfacts.MainClasses.MAIN;

import org.apache.lucene.index.IndexWriter;
import org.junit.jupiter.api.Test;
import org.newsfacts.index.ArticleIndexer;

/**
 * The package rules, checked on the compiled classes' real dependencies (field and parameter types, calls,
 * inline fully qualified names included), not on import lines: library types stay in the packages that adapt
 * them, so the rest is testable without models or an index, and dependencies follow the data flow.
 */
class ArchitectureTest {

    @Test
    void onlyNlpUsesCoreNlpAndOpenNlp() {
        noClasses()
                .that().resideOutsideOfPackage("org.newsfacts.nlp..")
                .should().dependOnClassesThat().resideInAnyPackage("edu.stanford..", "opennlp..")
                .because("only nlp adapts the NLP libraries; the rest runs on our own records")
                .check(MAIN);
    }

    @Test
    void onlyIndexAndSearchUseLucene() {
        noClasses()
                .that().resideOutsideOfPackages("org.newsfacts.index..", "org.newsfacts.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..")
                .because("only index writes Lucene and only search reads it")
                .check(MAIN);
    }

    @Test
    void readersNeverReachTheNlpPipeline() {
        noClasses()
                .that().resideInAnyPackage("org.newsfacts.search..", "org.newsfacts.index..", "org.newsfacts.export..",
                        "org.newsfacts.model..", "org.newsfacts.ingest..", "org.newsfacts.corpus..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsfacts.nlp..", "org.newsfacts.pipeline..")
                .because("search, listing and export never load a model")
                .check(MAIN);
    }

    @Test
    void modelIsTheBottomLayer() {
        classes()
                .that().resideInAPackage("org.newsfacts.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.newsfacts.model..", "java..",
                        "com.fasterxml.jackson.annotation..")
                .because("records at the bottom know nothing above them")
                .check(MAIN);
    }

    @Test
    void jsonSitsJustAboveTheModel() {
        classes()
                .that().resideInAPackage("org.newsfacts.json..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.newsfacts.json..", "org.newsfacts.model..",
                        "java..", "com.fasterxml.jackson..")
                .because("the one JSON mapper serves every layer from ingest to web, so it may know only the records")
                .check(MAIN);
    }

    @Test
    void exportKnowsOnlyRecordsAndTheMapper() {
        classes()
                .that().resideInAPackage("org.newsfacts.export..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.newsfacts.export..", "org.newsfacts.model..",
                        "org.newsfacts.json..", "java..", "com.fasterxml.jackson..")
                .because("export writes records in the schema's shape, whichever front end streams them")
                .check(MAIN);
    }

    @Test
    void searchNeverWritesTheIndex() {
        noClasses()
                .that().resideInAPackage("org.newsfacts.search..")
                .should().dependOnClassesThat().belongToAnyOf(IndexWriter.class, ArticleIndexer.class)
                .because("search opens the index read-only, so it can run beside an ingest")
                .check(MAIN);
    }

    @Test
    void nothingDependsOnTheCommandLine() {
        noClasses()
                .that().resideOutsideOfPackage("org.newsfacts.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.newsfacts.cli..")
                .because("cli is the top layer")
                .check(MAIN);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.newsfacts.(*)..").should().beFreeOfCycles()
                .check(MAIN);
    }
}
