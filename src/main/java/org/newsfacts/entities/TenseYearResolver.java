package org.newsfacts.entities;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.model.Sentence;
import org.newsfacts.model.Token;

/**
 * Picks the year of a month or day written without one ("in March", "on July 1") from the tense of the verb
 * before it. SUTime anchors such dates to the article's year whatever the sentence says, so "took office on
 * July 1" in a January article comes out six months in the future. A past verb moves a date after the
 * article date back a year; a future one ("will", "is set to launch in November", "launching in November")
 * moves a date before the article date forward a year. Without a verb that tells, SUTime's value stands.
 */
final class TenseYearResolver {
    private static final Pattern MONTH_OR_DAY = Pattern.compile("(\\d{4})(-\\d{2}(-\\d{2})?)");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");
    /** Words that put a date as the day something takes effect, and the words that may stand between ("effective from"). */
    private static final Set<String> EFFECTIVE_WORDS = Set.of("effective");
    private static final Set<String> EFFECTIVE_LINKS = Set.of("from", "on", "as", "of");
    private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "shall", "to", "scheduled", "planned", "set");
    private static final Set<String> RELATIVE_WORDS = Set.of("last", "next", "this", "coming", "past", "previous");
    /** A weekday names a day within a week of the article date, which SUTime already picks: no year to move. */
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** The value of a date mention in {@code sentence}, its year corrected by tense when its text gives none. */
    String resolve(Sentence sentence, int tokenStart, String surface, String value, String articleDate) {
        Matcher m = value == null ? null : MONTH_OR_DAY.matcher(value);
        if (m == null || !m.matches() || articleDate == null || articleDate.length() < 10
                || WRITTEN_YEAR.matcher(surface).find() || relative(sentence, tokenStart, surface)) {
            return value;
        }
        String article = articleDate.substring(0, value.length());
        int year = Integer.parseInt(m.group(1));
        if (effective(sentence.tokens(), tokenStart)) {
            return nearest(year, m.group(2), articleDate);
        }
        return switch (tense(sentence.tokens(), tokenStart)) {
            case PAST -> value.compareTo(article) > 0 ? (year - 1) + m.group(2) : value;
            case FUTURE -> value.compareTo(article) < 0 ? (year + 1) + m.group(2) : value;
            case UNKNOWN -> value;
        };
    }

    private enum Tense { PAST, FUTURE, UNKNOWN }

    /**
     * "effective April 1", "effective from April 1": the day a decision takes effect, whatever the tense of the
     * verb that reports the decision ("was appointed, effective April 1" may look forward or back).
     */
    private static boolean effective(List<Token> tokens, int tokenStart) {
        for (int i = tokenStart - 1; i >= Math.max(0, tokenStart - 2); i--) {
            String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (EFFECTIVE_WORDS.contains(word)) {
                return true;
            }
            if (!EFFECTIVE_LINKS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The year that puts the month or day ({@code rest}, "-04-01") nearest the article date: effects are close to
     * news. A year in which the day does not exist (February 29) is no candidate; SUTime's own year always is.
     */
    private static String nearest(int year, String rest, String articleDate) {
        Optional<LocalDate> article = day(articleDate.substring(0, 10));
        String best = year + rest;
        if (article.isEmpty()) {
            return best;
        }
        long bestDistance = Long.MAX_VALUE;
        for (int y = year - 1; y <= year + 1; y++) {
            String candidate = y + rest;
            Optional<LocalDate> day = day(candidate.length() == 7 ? candidate + "-15" : candidate);
            long distance = day.map(d -> Math.abs(ChronoUnit.DAYS.between(article.get(), d))).orElse(Long.MAX_VALUE);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static Optional<LocalDate> day(String isoDate) {
        try {
            return Optional.of(LocalDate.parse(isoDate));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "last March", "next July": the expression says which year itself. */
    private static boolean relative(Sentence sentence, int tokenStart, String surface) {
        String first = surface.split(" ")[0].toLowerCase(Locale.ROOT);
        String before = tokenStart > 0 ? sentence.tokens().get(tokenStart - 1).word().toLowerCase(Locale.ROOT) : "";
        return RELATIVE_WORDS.contains(first) || RELATIVE_WORDS.contains(before) || WEEKDAYS.contains(first);
    }

    /** The tense of the nearest verb before the date (its auxiliaries included), within the clause. */
    private static Tense tense(List<Token> tokens, int tokenStart) {
        for (int i = tokenStart - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            String pos = t.pos() == null ? "" : t.pos();
            String word = t.word().toLowerCase(Locale.ROOT);
            if (pos.equals(",") || pos.equals(":") || word.equals(";")) {
                return Tense.UNKNOWN;
            }
            if (pos.equals("MD") || FUTURE_WORDS.contains(word) && (pos.equals("TO") || pos.equals("MD") || pos.startsWith("VBN"))) {
                return word.equals("would") || word.equals("could") || word.equals("might") ? Tense.UNKNOWN : Tense.FUTURE;
            }
            if (pos.equals("VBG")) {
                return auxiliaryBefore(tokens, i);
            }
            if (pos.equals("VBD")) {
                return Tense.PAST;
            }
            if (pos.equals("VBN") && namingParticiple(tokens, i)) {
                continue; // "a spacecraft named Endurance ... in August": the clause's own verb decides
            }
            if (pos.equals("VBN")) {
                return participle(tokens, i);
            }
            if (pos.startsWith("VB")) {
                return auxiliaryBefore(tokens, i);
            }
        }
        return Tense.UNKNOWN;
    }

    /**
     * A participle without an auxiliary that takes a name as object modifies the noun before it ("a craft named
     * Endurance", "a module called Harmony"); it says nothing of when the clause's event happens.
     */
    private static boolean namingParticiple(List<Token> tokens, int verb) {
        String before = verb > 0 && tokens.get(verb - 1).pos() != null ? tokens.get(verb - 1).pos() : "";
        String after = verb + 1 < tokens.size() && tokens.get(verb + 1).pos() != null ? tokens.get(verb + 1).pos() : "";
        return before.startsWith("NN") && after.startsWith("NNP");
    }

    /**
     * "expected to be sent", "will be launched": forward; "was launched", "has flown", "launched in March" (a
     * reduced relative): backward.
     */
    private static Tense participle(List<Token> tokens, int verb) {
        for (int i = verb - 1; i >= Math.max(0, verb - 3); i--) {
            String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
            String pos = tokens.get(i).pos() == null ? "" : tokens.get(i).pos();
            if (pos.equals("MD") || word.equals("will") || word.equals("to") || word.equals("be")) {
                return Tense.FUTURE;
            }
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
                return Tense.PAST;
            }
        }
        return Tense.PAST;
    }

    /** "launching" alone reads forward; "was launching", "had launched" backward; "will be" forward. */
    private static Tense auxiliaryBefore(List<Token> tokens, int verb) {
        for (int i = verb - 1; i >= Math.max(0, verb - 3); i--) {
            Token t = tokens.get(i);
            String pos = t.pos() == null ? "" : t.pos();
            if (pos.equals("MD") || t.word().equalsIgnoreCase("will") || (i == verb - 1 && pos.equals("TO"))) {
                return Tense.FUTURE; // "will launch", "scheduled to launch"
            }
            if (pos.equals("VBD")) {
                return Tense.PAST;
            }
        }
        return tokens.get(verb).pos() != null && tokens.get(verb).pos().equals("VBG") ? Tense.FUTURE : Tense.UNKNOWN;
    }
}
