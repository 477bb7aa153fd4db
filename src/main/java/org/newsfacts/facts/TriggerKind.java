package org.newsfacts.facts;

/**
 * What a leadership trigger says happens to the people around it; the kind decides who is incoming, outgoing
 * and appointing (see {@link ChangeParticipants}). Lexicon lines name a kind by its constant.
 */
public enum TriggerKind {
    /** The object takes the post (in the passive, the subject); the subject appoints: "the board named A". */
    APPOINT,
    /** The subject takes the object's post; with "with", the object is replaced by the with-phrase. */
    REPLACE,
    /** The subject follows the object in the post: "A succeeds B". */
    SUCCEED,
    /** The subject leaves the post: "A resigned", "A stepped down". */
    DEPART,
    /** The object is removed (in the passive, the subject): "the council dismissed A". */
    DISMISS,
    /** The subject takes the post: "A took over as CEO", "A became governor". */
    TAKE,
    /** "new" before a post names its incoming holder: "O's new chief A". */
    NEW,
    /** The subject hands the post on to the to-phrase: "A handed over the reins to B", "A passed the baton to B". */
    HAND_OVER;

    /** Whether the subject works at the organisation of the post (rather than appointing someone to it). */
    boolean subjectIsEmployer() {
        return this == DEPART || this == TAKE || this == DISMISS || this == NEW || this == HAND_OVER;
    }

    /** Whether the object names the previous holder, who may be named without the post ("A succeeds B"). */
    boolean objectHeldThePost() {
        return this == REPLACE || this == SUCCEED;
    }

    /** Whether a title before the object is the post that changes hands ("replaces Acting Director B", "sacked manager B"). */
    boolean objectsTitleIsThePost() {
        return objectHeldThePost() || this == DISMISS;
    }

    /** Whether the sentence's subject is the one leaving the post: "A resigned", "A was replaced by B". */
    boolean subjectLeaves(boolean passive) {
        return this == DEPART || (!passive && this == HAND_OVER) || (passive && (this == DISMISS || this == REPLACE || this == SUCCEED));
    }
}
