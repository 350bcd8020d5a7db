package gx.techmarket.portal.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import gx.techmarket.portal.web.ServiceProblemMapper;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * An import's answers that are not a success: 422 with its rows as {@link ImportRefused}, anything else as every
 * other call's {@code ServiceProblem}.
 */
public class ImportProblemMapper implements ResponseExceptionMapper<RuntimeException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public RuntimeException toThrowable(Response response) {
        if (response.getStatus() == 422 && response.hasEntity()) {
            try {
                response.bufferEntity();
                ImportRefused.Refusal refusal = JSON.readValue(response.readEntity(String.class),
                        ImportRefused.Refusal.class);
                if ("IMPORT_ROWS_INVALID".equals(refusal.code())) {
                    return new ImportRefused(refusal);
                }
            } catch (IOException | RuntimeException notARefusal) {
                // fall through: shown as any other problem
            }
        }
        return new ServiceProblemMapper().toThrowable(response);
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
