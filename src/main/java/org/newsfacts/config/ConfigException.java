package org.newsfacts.config;

import org.newsfacts.model.UsageException;

/** A configuration value was rejected; the message names the value and why. */
public final class ConfigException extends UsageException {
    public ConfigException(String message) {
        super(message);
    }
}
