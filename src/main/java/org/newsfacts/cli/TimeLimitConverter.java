package org.newsfacts.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Reads {@code --timeout}: whole seconds as before ({@code 120}), or a number with a unit ({@code 500ms},
 * {@code 90s}, {@code 2m}) for limits below a second or easier read in minutes.
 */
public final class TimeLimitConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern LIMIT = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)?");

    @Override
    public Duration convert(String value) {
        Matcher matcher = LIMIT.matcher(value.strip());
        if (!matcher.matches()) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a time limit (seconds, or a number with ms, s or m)");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
    }
}
