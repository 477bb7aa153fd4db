/**
 * {@code newsfacts serve}: a read-only web app and JSON API over the index, beside the CLI at the top
 * of the flow. Routes are thin: each calls the same search, corpus and export services as the matching
 * CLI command and renders a jte template (which escapes by default); {@link org.newsfacts.web.WebErrors}
 * maps our exceptions to HTTP statuses in one place, as {@code ExitCodes} does for the CLI.
 */
package org.newsfacts.web;
