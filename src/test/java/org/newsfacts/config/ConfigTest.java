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
        assertThrows(ConfigException.class, () -> new NlpConfig(120, Duration.ZERO, NlpConfig.DEFAULT_MAX_RUN_CHARS));
        assertEquals("commit-every must be at least 1, got 0",
                assertThrows(ConfigException.class, () -> new IndexConfig(Path.of("x"), 0)).getMessage());
        assertEquals("max run without a sentence end must be at least 1000 characters, got 999",
                assertThrows(ConfigException.class, () -> new NlpConfig(120, Duration.ofSeconds(1), 999)).getMessage());
    }

    @Test
    void changingTheTimeLimitKeepsEveryOtherNlpSetting() {
        NlpConfig limited = NlpConfig.defaults().withArticleTimeout(Duration.ofMillis(250));
        assertEquals(Duration.ofMillis(250), limited.articleTimeout());
        assertEquals(NlpConfig.defaults(), limited.withArticleTimeout(NlpConfig.defaults().articleTimeout()));
    }
}
