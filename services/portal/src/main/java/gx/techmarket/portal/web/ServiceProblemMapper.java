package gx.techmarket.portal.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns a service's error response into a {@link ServiceProblem} carrying its problem+json document. */
public class ServiceProblemMapper implements ResponseExceptionMapper<ServiceProblem> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ServiceProblem toThrowable(Response response) {
        int status = response.getStatus();
        ServiceProblem.Problem problem = null;
        if (response.hasEntity()) {
            try {
                response.bufferEntity();
                InputStream body = response.readEntity(InputStream.class);
                ServiceProblem.Problem parsed = JSON.readValue(body, ServiceProblem.Problem.class);
                problem = new ServiceProblem.Problem(parsed.title(), status, parsed.detail(), parsed.code(),
                        parsed.errors());
            } catch (IOException | RuntimeException notProblemJson) {
                problem = null;
            }
        }
        if (problem == null) {
            problem = new ServiceProblem.Problem(response.getStatusInfo().getReasonPhrase(), status, null,
                    "HTTP_" + status, java.util.List.of());
        }
        return new ServiceProblem(problem);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
