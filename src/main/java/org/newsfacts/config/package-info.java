/**
 * The one typed configuration tree, built once by the CLI and validated in compact constructors
 * so that a bad value fails at start with a message naming it, never halfway through a batch.
 */
package org.newsfacts.config;
