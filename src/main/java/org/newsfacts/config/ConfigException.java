package org.newsfacts.config;

/** A configuration value was rejected; the message names the value and why. */
public final class ConfigException extends org.newsfacts.model.UsageException {
    public ConfigException(String message) {
        super(message);
    }
}
