package org.newsfacts;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Our compiled main classes as ArchUnit sees them, imported once per test JVM for every rule that checks them
 * (the package rules, the safety rules): an import reads every class file and costs seconds. Library classes
 * they name are stubs, not read from the jars (test resource {@code archunit.properties}).
 */
public final class MainClasses {
    public static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.newsfacts");

    private MainClasses() {
    }
}
