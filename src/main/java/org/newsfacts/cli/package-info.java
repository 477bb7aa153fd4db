/**
 * The command line: one picocli command class per subcommand, shared options in
 * {@link org.newsfacts.cli.CommonOptions}, and every exception mapped to an exit status in
 * {@link org.newsfacts.cli.Newsfacts}. stdout carries data; progress and diagnostics go to stderr.
 */
package org.newsfacts.cli;
