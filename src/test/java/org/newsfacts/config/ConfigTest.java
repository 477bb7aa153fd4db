package org.newsfacts.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void rejectsBadValuesWithMessagesNamingThem() {
        assertEquals("date must be YYYY-MM-DD, got '2022-13-40'",
                assertThrows(ConfigException.class, () -> new IngestConfig(10, "2022-13-40")).getMessage());
        assertEquals("max-bytes must be positive, got 0",
                assertThrows(ConfigException.class, () -> new IngestConfig(0, null)).getMessage());
        assertEquals("threads must be between 1 and 256, got 0",
                assertThrows(ConfigException.class, () -> new NewsfactsConfig(IngestConfig.defaults(), NlpConfig.defaults(),
                        IndexConfig.at(Path.of("x")), 0)).getMessage());
        assertThrows(ConfigException.class, () -> new NlpConfig(120, true, Duration.ZERO));
        assertThrows(ConfigException.class, () -> new IndexConfig(Path.of("x"), 0));
    }
}
