package org.newsfacts.cli;

/** Exit statuses, the same for every command. */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** The run finished but some files were rejected. */
    public static final int REJECTED = 1;
    /** The command line or a query was invalid. */
    public static final int USAGE = 2;
    /** The run could not go on (index locked, missing, unreadable) or newsfacts hit a bug. */
    public static final int FATAL = 3;

    private ExitCodes() {
    }
}
