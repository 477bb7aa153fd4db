package org.newsfacts.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the person names of one article to their fullest form: "Rogozin" → "Dmitry Rogozin",
 * "Maria Varga" → "Maria Elena Varga". A short form goes to the nearest earlier longer name it fits
 * (news introduces the full name, then shortens it; two people who share a surname stay apart by
 * position), else to the nearest later one. A lone word that is no one's surname but the first word (or
 * quoted nickname) of exactly one full name is that person: "Olga" after "Olga Varga", "Li" after a
 * family-name-first "Li Wen". A quoted nickname is not part of the canonical name
 * (Thomas "Tom" Ashby is "Thomas Ashby"); suffixes such as "Jr." are, but do not count as the surname.
 */
final class PersonNameResolver {
    private static final Set<String> SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");
    private static final Pattern NICKNAME = Pattern.compile(
            " ?(?:[\"\u201c\u201d\u2018\u2019'`]{1,2}) ?(\\p{Lu}[\\p{L}.'-]*) ?(?:[\"\u201c\u201d\u2018\u2019'`]{1,2}) ?");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");

    /** A written name: its canonical form, the words that identify it, and its nickname if it gave one. */
    private record Name(String canonical, String[] key, String nickname) {
    }

    /** Canonical names for the given person surfaces, in mention order; the result has the same size. */
    List<String> resolve(List<String> surfaces) {
        List<Name> names = surfaces.stream().map(PersonNameResolver::parse).toList();
        List<String> result = new ArrayList<>(surfaces.size());
        for (int i = 0; i < surfaces.size(); i++) {
            result.add(names.get(fullest(names, i)).canonical());
        }
        return result;
    }

    private static Name parse(String surface) {
        String nickname = null;
        String name = surface;
        Matcher m = NICKNAME.matcher(surface);
        if (m.find() && m.start() > 0 && m.end() < surface.length()) {
            nickname = m.group(1);
            name = surface.substring(0, m.start()) + " " + surface.substring(m.end());
        }
        name = name.replaceAll(" ,", ",").replaceAll("\\s+", " ").strip();
        List<String> words = new ArrayList<>(Arrays.asList(name.replace(",", "").split(" ")));
        while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return new Name(name, words.toArray(String[]::new), nickname);
    }

    private static int fullest(List<Name> names, int index) {
        String[] name = names.get(index).key();
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int j = 0; j < names.size(); j++) {
            String[] other = names.get(j).key();
            if (moreComplete(other, name) && extendsName(other, name)) {
                int distance = distance(names.size(), index, j);
                if (distance < bestDistance) {
                    best = j;
                    bestDistance = distance;
                }
            }
        }
        if (best < 0) {
            best = misspelled(names, index);
        }
        if (best < 0 && name.length == 1) {
            best = byFirstWord(names, index);
        }
        return best < 0 ? index : fullest(names, best); // terminates: each step is strictly more complete
    }

    private static int distance(int size, int index, int j) {
        return j < index ? index - j : size + j - index;
    }

    /** Longer, or as long with fewer initials ("Kavya Rao" completes "K. Rao"). */
    private static boolean moreComplete(String[] other, String[] name) {
        return other.length > name.length || (other.length == name.length && initials(other) < initials(name));
    }

    private static long initials(String[] words) {
        return Arrays.stream(words).filter(w -> INITIAL.matcher(w).matches()).count();
    }

    /**
     * A lone word that is the first word or nickname of exactly one full name of the article (and the surname
     * of none, which {@link #fullest} tried first): that person, at the nearest mention.
     */
    private static int byFirstWord(List<Name> names, int index) {
        String word = names.get(index).key()[0];
        Set<String> fits = new LinkedHashSet<>();
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int j = 0; j < names.size(); j++) {
            Name other = names.get(j);
            if (other.key().length >= 2 && (other.key()[0].equals(word) || word.equals(other.nickname()))) {
                fits.add(names.get(fullest(names, j)).canonical());
                int distance = distance(names.size(), index, j);
                if (distance < bestDistance) {
                    best = j;
                    bestDistance = distance;
                }
            }
        }
        return fits.size() == 1 ? best : -1;
    }

    /**
     * News spells transliterated names two ways in one story ("Somanath", "Somnath"). When no name extends
     * this one exactly, an earlier longer name whose surname differs by one letter (in names of six letters
     * or more) and whose other words agree is the same person.
     */
    private static int misspelled(List<Name> names, int index) {
        String[] name = names.get(index).key();
        String last = name[name.length - 1];
        for (int j = 0; j < index; j++) {
            String[] other = names.get(j).key();
            String otherLast = other[other.length - 1];
            boolean sameRest = name.length == 1 || (other.length >= name.length && other[0].equals(name[0]));
            if (other.length >= name.length && !Arrays.equals(other, name) && sameRest && last.length() >= 6
                    && otherLast.length() >= 6 && oneEditApart(last, otherLast)) {
                return other.length > name.length || j < index ? j : -1;
            }
        }
        return -1;
    }

    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (b.length() > a.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }

    /**
     * Whether {@code full} can be the same person as {@code part}: same last word, the other words in order,
     * an initial standing for any word it begins ("K. Rao" fits "Kavya Rao").
     */
    static boolean extendsName(String[] full, String[] part) {
        if (!full[full.length - 1].equals(part[part.length - 1])) {
            return false;
        }
        int k = 0;
        for (String t : full) {
            if (k < part.length && sameWord(t, part[k])) {
                k++;
            }
        }
        return k == part.length;
    }

    private static boolean sameWord(String full, String part) {
        return full.equals(part) || (INITIAL.matcher(part).matches() && !INITIAL.matcher(full).matches()
                && full.charAt(0) == part.charAt(0));
    }
}
