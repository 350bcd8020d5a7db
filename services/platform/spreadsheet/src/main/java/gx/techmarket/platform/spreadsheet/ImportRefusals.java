package gx.techmarket.platform.spreadsheet;

import gx.techmarket.platform.problems.Messages;
import gx.techmarket.platform.problems.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers an {@link ImportRejected} in every service that imports: 422 {@code IMPORT_ROWS_INVALID}, problem+json
 * with {@code rows}, in the caller's language (the title and detail from the service's problem messages: {0} rows
 * with errors, {1} errors).
 */
public class ImportRefusals {

    public static final String CODE = "IMPORT_ROWS_INVALID";

    @ServerExceptionMapper
    public Response rejected(ImportRejected e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.negotiate(headers.getAcceptableLanguages());
        long rows = e.errors().stream().mapToInt(RowError::row).distinct().count();
        ImportRefusal body = new ImportRefusal(Problem.typeOf(CODE), Messages.title(CODE, locale), 422,
                Messages.detail(CODE, locale, rows, e.errors().size()),
                uri == null ? null : URI.create(uri.getPath()), CODE, e.errors());
        return Response.status(422).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag()).entity(body).build();
    }
}
