package org.newsfacts.entities;

import java.util.ArrayList;
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
        return best < 0 ? index : fullest(names, best); // terminates: each step is strictly longer
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
