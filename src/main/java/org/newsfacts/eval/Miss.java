package org.newsfacts.eval;

import java.util.Map;

/** A gold fact no prediction matched, for the verbose listing. {@code article} is the gold file name. */
public record Miss(String article, String type, Map<String, Object> args, String date) {
}
