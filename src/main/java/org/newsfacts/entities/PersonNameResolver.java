package org.newsfacts.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Resolves the person names of one article to their fullest form: "Rogozin" → "Dmitry Rogozin",
 * "Nicole Mann" → "Nicole Aunapu Mann". A short form goes to the nearest earlier longer name it fits
 * (news introduces the full name, then shortens it; two people who share a surname stay apart by
 * position), else to the nearest later one.
 */
final class PersonNameResolver {

    /** Canonical names for the given person surfaces, in mention order; the result has the same size. */
    List<String> resolve(List<String> surfaces) {
        List<String[]> tokens = surfaces.stream().map(s -> s.split(" ")).toList();
        List<String> result = new ArrayList<>(surfaces.size());
        for (int i = 0; i < surfaces.size(); i++) {
            result.add(surfaces.get(fullest(tokens, i)));
        }
        return result;
    }

    private static int fullest(List<String[]> names, int index) {
        String[] name = names.get(index);
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int j = 0; j < names.size(); j++) {
            String[] other = names.get(j);
            if (other.length > name.length && extendsName(other, name)) {
                int distance = j < index ? index - j : names.size() + j - index;
                if (distance < bestDistance) {
                    best = j;
                    bestDistance = distance;
                }
            }
        }
        if (best < 0) {
            best = misspelled(names, index);
        }
        return best < 0 ? index : fullest(names, best); // terminates: each step is strictly longer
    }

    /**
     * News spells transliterated names two ways in one story ("Somanath", "Somnath"). When no name extends
     * this one exactly, an earlier longer name whose surname differs by one letter (in names of six letters
     * or more) and whose other words agree is the same person.
     */
    private static int misspelled(List<String[]> names, int index) {
        String[] name = names.get(index);
        String last = name[name.length - 1];
        for (int j = 0; j < index; j++) {
            String[] other = names.get(j);
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

    /** Whether {@code full} can be the same person as {@code part}: same last token, the other tokens in order. */
    static boolean extendsName(String[] full, String[] part) {
        if (!full[full.length - 1].equals(part[part.length - 1])) {
            return false;
        }
        int k = 0;
        for (String t : full) {
            if (k < part.length && t.equals(part[k])) {
                k++;
            }
        }
        return k == part.length;
    }
}
