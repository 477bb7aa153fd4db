package org.newsfacts.eval;

/** Slot tallies of one gold/prediction pairing: correct slots, filled gold slots, filled predicted slots. */
record SlotCount(int correct, int gold, int predicted) {
}
