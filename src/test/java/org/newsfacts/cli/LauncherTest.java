package org.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/newsfacts}, the launcher, run by bash in a copy of the project layout with a stand-in {@code java}
 * on the PATH that records its arguments: what the launcher decides (JVM options, class-data archives) is
 * checked without starting a JVM.
 */
class LauncherTest {
    /** The first bytes of a JDK 17 dynamic class-data archive, which the launcher checks before adopting one. */
    private static final byte[] ARCHIVE_MAGIC = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0};

    @TempDir
    Path home;

    private Path jar;
    private Path cds;

    @BeforeEach
    void layout() throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Path launcher = home.resolve("bin/newsfacts");
        Files.copy(Path.of("bin/newsfacts"), launcher);
        assertTrue(launcher.toFile().setExecutable(true));
        Files.createDirectories(home.resolve("target/lib"));
        jar = Files.writeString(home.resolve("target/newsfacts.jar"), "a build");
        cds = Files.createDirectories(home.resolve("target/cds"));
        Path fakeJava = Files.createDirectories(home.resolve("fake-bin")).resolve("java");
        Files.writeString(fakeJava, "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\" > \"$(dirname \"$0\")/args\"\n");
        assertTrue(fakeJava.toFile().setExecutable(true));
        age(jar, 60);
    }

    /** Sets {@code file}'s modification time to {@code minutesAgo} minutes before now. */
    private static void age(Path file, int minutesAgo) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60L * minutesAgo)));
    }

    /** Runs the launcher with {@code args}; returns the arguments it gave java. */
    private List<String> launch(String... args) throws IOException, InterruptedException {
        return launchScript("bin/newsfacts", args);
    }

    /** Runs the launcher {@code script} (relative to the copied project) with {@code args}. */
    private List<String> launchScript(String script, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", home.resolve(script).toString());
        builder.command().addAll(List.of(args));
        builder.environment().put("PATH", home.resolve("fake-bin") + ":" + System.getenv("PATH"));
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("NEWSFACTS_CDS");
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return Files.readAllLines(home.resolve("fake-bin/args"));
    }

    /** A complete archive written by a process that has ended (no such pid), {@code minutesAgo} old. */
    private Path finishedRecording(String command, int minutesAgo) throws IOException {
        Path tmp = cds.resolve(command + ".jsa.999999999.tmp");
        Files.write(tmp, ARCHIVE_MAGIC);
        age(tmp, minutesAgo);
        return tmp;
    }

    @Test
    void anArchiveOlderThanTheJarIsReplacedByTheNewRecording() throws Exception {
        Path stale = Files.writeString(cds.resolve("search.jsa"), "recorded for an older build");
        age(stale, 120);
        Path recording = finishedRecording("search", 30);

        List<String> java = launch("search", "anything");

        assertFalse(Files.exists(recording), "the recording is adopted");
        assertTrue(Files.getLastModifiedTime(stale).compareTo(Files.getLastModifiedTime(jar)) > 0);
        assertTrue(java.contains("-XX:SharedArchiveFile=" + stale), java.toString());
    }

    @Test
    void aRecordingOlderThanTheJarIsDroppedAndANewOneStarted() throws Exception {
        Path recording = finishedRecording("search", 90);

        List<String> java = launch("search", "anything");

        assertFalse(Files.exists(recording), "a recording of an older build is deleted");
        assertFalse(Files.exists(cds.resolve("search.jsa")));
        assertTrue(java.stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=" + cds.resolve("search.jsa."))),
                java.toString());
    }

    @Test
    void aCurrentArchiveIsUsedAndKept() throws Exception {
        Path archive = Files.write(cds.resolve("search.jsa"), ARCHIVE_MAGIC);

        List<String> java = launch("search", "anything");

        assertTrue(Files.exists(archive));
        assertTrue(java.contains("-XX:SharedArchiveFile=" + archive), java.toString());
    }

    @Test
    void analysisCommandsGetTheLargeHeapAndTheSmallerInliningBudgets() throws Exception {
        List<String> ingest = launch("ingest", "folder");
        assertTrue(ingest.containsAll(List.of("-Xmx3g", "-Xms3g", "-XX:MaxTenuringThreshold=0", "-XX:FreqInlineSize=120",
                "-XX:InlineSmallCode=1000")),
                ingest.toString());
        List<String> search = launch("search", "anything");
        assertFalse(search.contains("-XX:FreqInlineSize=120"), "a search starts with C1 alone: " + search);
        assertTrue(search.containsAll(List.of("org.newsfacts.cli.Newsfacts", "search", "anything")), search.toString());
    }

    @Test
    void theSparkFrontEndRunsCoreNlpWithTheSameInliningBudgets() throws Exception {
        Path spark = Files.createDirectories(home.resolve("target/spark"));
        Files.writeString(spark.resolve("newsfacts-spark.jar"), "a build");
        Files.writeString(spark.resolve("runtime.classpath"), "");
        Files.writeString(spark.resolve("spark.classpath"), "");
        Path launcher = home.resolve("bin/newsfacts-spark");
        Files.copy(Path.of("bin/newsfacts-spark"), launcher);
        assertTrue(launcher.toFile().setExecutable(true));

        List<String> java = launchScript("bin/newsfacts-spark", "ingest", "folder");

        assertTrue(java.containsAll(List.of("-XX:FreqInlineSize=120", "-XX:InlineSmallCode=1000",
                "org.newsfacts.spark.SparkNewsfacts", "ingest")), java.toString());
    }
}
