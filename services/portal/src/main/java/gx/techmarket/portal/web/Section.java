package gx.techmarket.portal.web;

import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.ProcessingException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One part of a page loaded from a service: its data, or the service's problem, or "the service is unavailable" —
 * so one service being down or refusing leaves the rest of the page working.
 */
@TemplateData
public record Section<T>(T value, ServiceProblem.Problem problem, boolean unavailable) {

    private static final Logger LOG = Logger.getLogger(Section.class);

    public static <T> Section<T> load(Supplier<T> call) {
        try {
            return new Section<>(call.get(), null, false);
        } catch (ServiceProblem refused) {
            return new Section<>(null, refused.problem(), false);
        } catch (ProcessingException down) {
            LOG.warnf("a service did not answer: %s", down.getMessage());
            return new Section<>(null, null, true);
        }
    }

    public boolean ok() {
        return problem == null && !unavailable;
    }
}
