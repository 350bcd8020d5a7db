package gx.techmarket.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What a page shows when it cannot show itself: the service's problem (e.g. 404 for a result the user may not see),
 * "服务暂不可用" when a service does not answer, "no access" for a page of another role. Never a stack trace.
 */
class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance problem(ServiceProblem.Problem problem);

        static native TemplateInstance unavailable();

        static native TemplateInstance forbidden();
    }

    @Inject
    Pages pages;

    @ServerExceptionMapper
    Response refused(ServiceProblem refused) {
        return pages.status(refused.problem().status(), Templates.problem(refused.problem()));
    }

    @ServerExceptionMapper
    Response down(ProcessingException down) {
        LOG.warnf("a service did not answer: %s", down.getMessage());
        return pages.status(503, Templates.unavailable());
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException denied) {
        return pages.status(403, Templates.forbidden());
    }
}
