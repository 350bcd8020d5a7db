package gx.techmarket.platform.problems;

import java.io.IOException;

/**
 * Whether a failure is RESTEasy Reactive's multipart parser refusing the request's body (an empty body, a body
 * without the boundary its {@code Content-Type} names, a body cut short): the parser throws a bare
 * {@link IOException} before any resource method runs, which is the client's doing, so it is a 400
 * {@code MALFORMED_MULTIPART}, never a 500. An {@code IOException} thrown anywhere else stays a server error.
 */
final class MalformedMultipart {

    static final String PARSER_PACKAGE = "org.jboss.resteasy.reactive.server.core.multipart.";

    private MalformedMultipart() {}

    static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException && thrownByTheParser(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean thrownByTheParser(Throwable t) {
        StackTraceElement[] frames = t.getStackTrace();
        return frames.length > 0 && frames[0].getClassName().startsWith(PARSER_PACKAGE);
    }
}
