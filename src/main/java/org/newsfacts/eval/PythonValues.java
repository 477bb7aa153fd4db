package org.newsfacts.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JSON values as the reference scorer's Python sees them: {@code str()}, truthiness, {@code list()} and
 * the Unicode {@code \w} class. The scorer normalizes {@code str(value)}, so even an odd value (a list in a
 * scalar slot, a number) must render the Python way for the two scorers to agree.
 */
final class PythonValues {
    private PythonValues() {
    }

    /** Python's {@code str(v)} for a value parsed from JSON. */
    static String str(Object v) {
        return v instanceof String s ? s : repr(v);
    }

    /** Python's {@code bool(v)}: null, false, zero and empty strings, lists and maps are false. */
    static boolean truthy(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n instanceof Double || n instanceof Float || n instanceof BigDecimal
                    ? n.doubleValue() != 0.0 : !n.toString().equals("0");
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof List<?> l) {
            return !l.isEmpty();
        }
        return !(v instanceof Map<?, ?> m) || !m.isEmpty();
    }

    /**
     * Python's {@code list(v)}: a list's elements, a string's characters, a map's keys. Where Python would
     * raise (null, numbers, booleans) the result is empty, so odd gold never stops a run.
     */
    static List<Object> list(Object v) {
        if (v instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        if (v instanceof Map<?, ?> m) {
            return new ArrayList<>(m.keySet());
        }
        if (v instanceof String s) {
            return s.codePoints().mapToObj(Character::toString).collect(Collectors.toList());
        }
        return List.of();
    }

    /**
     * Python's {@code re.sub(r"[’'`]s\b", replacement, s)}: both scorers fold a possessive, one to "s", the
     * other away, and must agree with their reference scripts character for character.
     */
    static String subPossessives(String replacement, String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean apostrophe = c == '\u2019' || c == '\'' || c == '`';
            if (apostrophe && i + 1 < s.length() && s.charAt(i + 1) == 's'
                    && (i + 2 == s.length() || !isWordChar(s.codePointAt(i + 2)))) {
                out.append(replacement);
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Python's Unicode {@code \w}: letters, numbers (categories L* and N*) and the underscore. */
    static boolean isWordChar(int cp) {
        if (cp == '_') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Python's {@code str.isspace()} for one character, which decides what {@code line.strip()} removes. */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    private static String repr(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            return floatRepr(((Number) v).doubleValue());
        }
        if (v instanceof String s) {
            return stringRepr(s);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(PythonValues::repr).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> repr(e.getKey()) + ": " + repr(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return v.toString();
    }

    /** Shortest round-trip digits; plain notation for exponents -4..15, else {@code 1e+16} style. */
    private static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0.0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exp = b.precision() - b.scale() - 1;
        if (exp >= -4 && exp <= 15) {
            String plain = b.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String digits = b.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (d < 0 ? "-" : "") + mantissa + (exp < 0 ? "e-" : "e+") + String.format("%02d", Math.abs(exp));
    }

    private static String stringRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\t' || cp == '\n' || cp == '\r') {
                out.append(cp == '\t' ? "\\t" : cp == '\n' ? "\\n" : "\\r");
            } else if (cp < ' ' || cp == 0x7f || (cp > 0x7f && !printable(cp))) {
                out.append(cp <= 0xff ? String.format("\\x%02x", cp)
                        : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append(quote).toString();
    }

    private static boolean printable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
