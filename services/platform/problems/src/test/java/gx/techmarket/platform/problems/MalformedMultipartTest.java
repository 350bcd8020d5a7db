package gx.techmarket.platform.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class MalformedMultipartTest {

    static IOException thrownAt(String className) {
        IOException e = new IOException("Connection terminated parsing multipart request");
        e.setStackTrace(new StackTraceElement[] {new StackTraceElement(className, "parseBlocking",
                "MultiPartParserDefinition.java", 250)});
        return e;
    }

    @Test
    void shouldCallTheMultipartParsersRefusalTheClientsDoing() {
        IOException parser = thrownAt(
                MalformedMultipart.PARSER_PACKAGE + "MultiPartParserDefinition$MultiPartUploadHandler");

        assertThat(MalformedMultipart.is(parser)).isTrue();
        assertThat(MalformedMultipart.is(new UncheckedIOException(parser))).isTrue();
    }

    @Test
    void shouldLeaveEveryOtherIoFailureAServerError() {
        assertThat(MalformedMultipart.is(thrownAt("gx.techmarket.registry.attachment.DocumentStore"))).isFalse();
        assertThat(MalformedMultipart.is(new IOException("disk full"))).isFalse();
        assertThat(MalformedMultipart.is(new IllegalStateException("parsing multipart"))).isFalse();
        assertThat(MalformedMultipart.is(null)).isFalse();
    }
}
