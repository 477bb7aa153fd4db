package org.newsfacts;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.net.URISyntaxException;
import java.util.Set;
import org.newsfacts.cli.Newsfacts;

/**
 * Our compiled main classes as ArchUnit sees them, imported once per test JVM for every rule that checks them
 * (the package rules, the safety rules). They are read from where the main classes were compiled to, not found
 * by package on the class path: that search opens every jar on it, the CoreNLP models included, and costs more
 * than the import itself. Library classes they name are stubs, not read from the jars (test resource
 * {@code archunit.properties}).
 */
public final class MainClasses {
    public static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> location.contains("/org/newsfacts/")) // not the generated templates
            .importLocations(Set.of(compiledTo()));

    private MainClasses() {
    }

    private static Location compiledTo() {
        try {
            return Location.of(Newsfacts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
