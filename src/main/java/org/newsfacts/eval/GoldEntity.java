package org.newsfacts.eval;

import java.util.List;

/**
 * One gold entity of one article (entity gold format): its type, fullest name, and every surface form the
 * article writes for it.
 */
public record GoldEntity(String article, String type, String name, List<String> forms) {
    public GoldEntity {
        forms = forms == null ? List.of() : List.copyOf(forms);
    }
}
