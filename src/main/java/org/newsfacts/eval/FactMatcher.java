package org.newsfacts.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsfacts.model.FactSchema;
import org.newsfacts.model.FactType;
import org.newsfacts.model.Slot;
import org.newsfacts.model.Slots;

/**
 * Decides whether a prediction is the gold fact ({@link #keyMatch}) and how many of its slots agree
 * ({@link #slotCounts}): {@code key_match}, {@code value_ok}, {@code list_match} and {@code slot_counts} of
 * {@code score-facts.py}, rule for rule. Quirks are kept on purpose, e.g. {@code key_match} accepts an
 * alternative for person or organization even when gold leaves that slot out.
 */
final class FactMatcher {
    /** Stands in for the missing side of an unmatched fact, as the scorer's {@code {"args": {}}}. */
    static final GoldFact NO_GOLD = new GoldFact("", "", Map.of(), null, Map.of());

    private FactMatcher() {
    }

    /**
     * The type's {@link FactSchema#key() key} slots agree (a list: as many gold names found as the list's
     * minimum, or all of a shorter gold list); for a {@link FactSchema.Succession succession}, every side both
     * give agrees and at least one does. Hence: person (flights), organization plus incoming/outgoing,
     * two parties, person plus title.
     */
    static boolean keyMatch(GoldFact g, Map<String, Object> pa) {
        return FactType.find(g.type()).map(t -> keyMatch(t, g, pa)).orElse(false);
    }

    /** {@link #keyMatch(GoldFact, Map)} for a type given as such (one outside the built-in list too). */
    static boolean keyMatch(FactType type, GoldFact g, Map<String, Object> pa) {
        FactSchema schema = type.schema();
        Map<String, Object> ga = g.args();
        for (Slot slot : schema.key()) {
            String s = slot.name();
            if (slot.kind().isList()) {
                List<Object> gl = orEmpty(ga.get(s));
                if (listMatch(gl, orEmpty(pa.get(s)), g.alt().get(s)) < Math.min(schema.minimumItems(slot), gl.size())) {
                    return false;
                }
            } else if (!valueOk(g, s, pa.get(s))) {
                return false;
            }
        }
        if (schema.succession().isEmpty()) {
            return true;
        }
        boolean ok = false;
        for (Slot side : schema.succession().get().sides()) {
            String s = side.name();
            if (PythonValues.truthy(ga.get(s)) && PythonValues.truthy(pa.get(s))) {
                if (!valueOk(g, s, pa.get(s))) {
                    return false;
                }
                ok = true;
            }
        }
        return ok;
    }

    /** Whether a predicted value is acceptable for a gold slot: its value or one of its alternatives. */
    static boolean valueOk(GoldFact g, String slot, Object pred) {
        if (slot.equals("date")) {
            List<Object> dates = new ArrayList<>();
            dates.add(g.date());
            dates.addAll(PythonValues.list(g.alt().get("date")));
            String p = PythonValues.str(pred);
            return dates.stream().anyMatch(a -> a != null && PythonValues.str(a).equals(p));
        }
        List<Object> alts = new ArrayList<>();
        alts.add(g.args().get(slot));
        alts.addAll(PythonValues.list(g.alt().get(slot)));
        if (slot.equals(Slots.TITLE.name())) {
            Set<String> tp = tokens(pred);
            for (Object a : alts) {
                Set<String> ta = a == null ? Set.of() : tokens(a);
                if (!ta.isEmpty() && !tp.isEmpty()) {
                    Set<String> common = new HashSet<>(ta);
                    common.retainAll(tp);
                    if (2 * common.size() >= Math.max(ta.size(), tp.size())) {
                        return true;
                    }
                }
            }
            return false;
        }
        return alts.stream().anyMatch(a -> a != null && !(a instanceof List) && NameNormalizer.same(a, pred));
    }

    /**
     * How many gold elements find a predicted element, one to one, gold in order, first free prediction
     * wins. {@code altMap} maps a gold element to its alternatives ({@code {"United States": ["NASA"]}}).
     */
    static int listMatch(List<Object> gold, List<Object> pred, Object altMap) {
        Map<?, ?> alts = altMap instanceof Map<?, ?> m ? m : Map.of();
        boolean[] used = new boolean[pred.size()];
        int hit = 0;
        for (Object g : gold) {
            List<Object> names = new ArrayList<>();
            names.add(g);
            if (g instanceof String && alts.containsKey(g)) {
                names.addAll(PythonValues.list(alts.get(g)));
            }
            for (int i = 0; i < pred.size(); i++) {
                Object p = pred.get(i);
                if (!used[i] && names.stream().anyMatch(n -> NameNormalizer.same(n, p))) {
                    used[i] = true;
                    hit++;
                    break;
                }
            }
        }
        return hit;
    }

    /** Correct, gold and predicted counts over the filled slots of a pair, the date included. */
    static SlotCount slotCounts(GoldFact g, Map<String, Object> pa, String predDate) {
        Map<String, Object> ga = g.args();
        Set<String> slots = new LinkedHashSet<>(ga.keySet());
        slots.addAll(pa.keySet());
        int c = 0;
        int gn = 0;
        int pn = 0;
        for (String s : slots) {
            Object gv = ga.get(s);
            Object pv = pa.get(s);
            if (gv instanceof List || pv instanceof List) {
                List<Object> gl = asList(gv);
                List<Object> pl = asList(pv);
                c += listMatch(gl, pl, g.alt().get(s));
                gn += gl.size();
                pn += pl.size();
                continue;
            }
            gn += filled(gv) ? 1 : 0;
            pn += filled(pv) ? 1 : 0;
            c += filled(gv) && filled(pv) && valueOk(g, s, pv) ? 1 : 0;
        }
        boolean gDate = PythonValues.truthy(g.date());
        boolean pDate = PythonValues.truthy(predDate);
        gn += gDate ? 1 : 0;
        pn += pDate ? 1 : 0;
        c += gDate && pDate && valueOk(g, "date", predDate) ? 1 : 0;
        return new SlotCount(c, gn, pn);
    }

    /** Python's {@code v not in (None, "")}: false and zero count as filled. */
    private static boolean filled(Object v) {
        return v != null && !Objects.equals(v, "");
    }

    private static List<Object> asList(Object v) {
        if (v instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        return PythonValues.truthy(v) ? List.of(v) : List.of();
    }

    private static List<Object> orEmpty(Object v) {
        return PythonValues.truthy(v) ? PythonValues.list(v) : List.of();
    }

    private static Set<String> tokens(Object v) {
        String n = NameNormalizer.norm(v);
        return n.isEmpty() ? Set.of() : new HashSet<>(List.of(n.split(" ")));
    }
}
