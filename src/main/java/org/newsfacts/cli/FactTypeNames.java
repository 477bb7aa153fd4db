package org.newsfacts.cli;

import java.util.Iterator;
import org.newsfacts.model.FactType;
import picocli.CommandLine.TypeConversionException;

/**
 * The fact types a {@code --type} option takes, for help texts ({@code ${COMPLETION-CANDIDATES}}) and shell
 * completion, and their conversion: {@link FactType#find}, so {@code leadership-change} and
 * {@code flight_assignment} work as {@code LEADERSHIP_CHANGE} does; a bad value is a usage error (exit 2).
 */
final class FactTypeNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return FactType.values().stream().map(FactType::name).iterator();
    }

    static FactType convert(String value) {
        return FactType.find(value).orElseThrow(() -> new TypeConversionException(
                "expected one of " + FactType.values() + " (case-insensitive, - or _) but was '" + value + "'"));
    }
}
