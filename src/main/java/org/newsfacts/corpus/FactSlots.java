package org.newsfacts.corpus;

import java.util.List;
import java.util.Optional;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.FactType;
import org.newsfacts.model.Slot;

/**
 * What a fact's slot holds, for comparing facts across articles, as its type's schema says: entity slots
 * compare by corpus entity (and say which types to prefer when a name is ambiguous), wording slots by
 * folded text. A slot the schema does not know (stored by an older build) counts as wording.
 */
final class FactSlots {
    private FactSlots() {
    }

    static Optional<Slot> slot(FactType type, String name) {
        return type.schema().slot(name);
    }

    /** Whether the slot names an entity (rather than wording such as a role, title or subject). */
    static boolean namesEntity(FactType type, String name) {
        return slot(type, name).map(s -> s.kind().namesEntity()).orElse(false);
    }

    /** The entity types a slot's names usually have, most likely first; empty for wording slots. */
    static List<EntityType> types(FactType type, String name) {
        return slot(type, name).map(Slot::entityTypes).orElse(List.of());
    }

    /** Whether a one-word value of this slot is a lone surname, which must not leave its article. */
    static boolean namesPerson(FactType type, String name) {
        return slot(type, name).map(Slot::namesPerson).orElse(false);
    }
}
