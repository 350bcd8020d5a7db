package gx.techmarket.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM's class-data archive: written at exit beside where it goes, kept only after a clean end, then mapped. */
class ClassDataArchiveTest {

    @TempDir
    Path dir;

    @Test
    void aJvmWithoutArchiveWritesItAtExitAndTheNextStartMapsIt() throws Exception {
        Path archive = dir.resolve("cds/catalogue-0a1b2c3d4e5f.jsa");
        ClassDataArchive.prepare(archive);
        assertThat(ClassDataArchive.options(archive)).containsExactly("-XX:ArchiveClassesAtExit=" + archive + ".part",
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        assertThat(ClassDataArchive.writesAtExit(ClassDataArchive.options(archive))).isTrue();

        Files.writeString(ClassDataArchive.part(archive), "classes");
        assertThat(ClassDataArchive.settle(archive, true, 143)).as("ended on SIGTERM").isTrue();
        assertThat(archive).hasContent("classes");
        assertThat(ClassDataArchive.part(archive)).doesNotExist();
        assertThat(ClassDataArchive.options(archive)).containsExactly("-XX:SharedArchiveFile=" + archive,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        assertThat(ClassDataArchive.writesAtExit(ClassDataArchive.options(archive))).isFalse();
    }

    @Test
    void anArchiveOfAJvmThatDidNotEndCleanlyIsNeverMapped() throws Exception {
        Path archive = dir.resolve("cds/subsidy-0a1b2c3d4e5f.jsa");
        ClassDataArchive.prepare(archive);
        Files.writeString(ClassDataArchive.part(archive), "half");
        assertThat(ClassDataArchive.settle(archive, false, 137)).as("killed after the grace").isFalse();
        assertThat(archive).doesNotExist();
        assertThat(ClassDataArchive.part(archive)).doesNotExist();

        Files.writeString(ClassDataArchive.part(archive), "half");
        assertThat(ClassDataArchive.settle(archive, true, 134)).as("ended in time, but crashed").isFalse();
        assertThat(archive).doesNotExist();
        Files.writeString(ClassDataArchive.part(archive), "half");
        assertThat(ClassDataArchive.settle(archive, false, null)).as("Keycloak: killed, or its JVM crashed")
                .isFalse();
        assertThat(ClassDataArchive.settle(archive, true, 0)).as("nothing written").isFalse();
        assertThat(ClassDataArchive.writesAtExit(ClassDataArchive.options(archive))).isTrue();
    }

    @Test
    void aStartClearsHalfWrittenAndOtherBuildsArchives() throws Exception {
        Path cds = Files.createDirectories(dir.resolve("cds"));
        Path current = cds.resolve("demand-aaaaaaaaaaaa.jsa");
        Path older = Files.writeString(cds.resolve("demand-bbbbbbbbbbbb.jsa"), "old build");
        Path half = Files.writeString(cds.resolve("demand-aaaaaaaaaaaa.jsa.part"), "half");
        Path otherService = Files.writeString(cds.resolve("demand2-cccccccccccc.jsa"), "another component");
        Files.writeString(current, "kept");
        ClassDataArchive.prepare(current);
        assertThat(current).hasContent("kept");
        assertThat(older).doesNotExist();
        assertThat(half).doesNotExist();
        assertThat(otherService).exists();
    }

    @Test
    void aRebuiltJarOrAnotherJdkGetsAnotherArchive() throws Exception {
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "v1");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        String first = ClassDataArchive.fingerprint(jar, "/jdk17", "17.0.15");
        assertThat(first).matches("[0-9a-f]{12}").isEqualTo(ClassDataArchive.fingerprint(jar, "/jdk17", "17.0.15"));
        assertThat(ClassDataArchive.fingerprint(jar, "/jdk17", "17.0.16")).isNotEqualTo(first);
        assertThat(ClassDataArchive.fingerprint(jar, "/jdk21", "17.0.15")).isNotEqualTo(first);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(2_000_000));
        assertThat(ClassDataArchive.fingerprint(jar, "/jdk17", "17.0.15")).as("rebuilt").isNotEqualTo(first);
    }
}
