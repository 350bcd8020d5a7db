package gx.techmarket.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What a page shows when it cannot show itself: the service's problem (e.g. 404 for a result the user may not see),
 * "服务暂不可用" when a service does not answer, "no access" for a page of another role, "page not found" for an
 * address the portal does not have, always in the user's language. Never a stack trace.
 */
class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance problem(ServiceProblem.Problem problem);

        static native TemplateInstance unavailable();

        static native TemplateInstance forbidden();

        static native TemplateInstance notfound();
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

    /** An address the portal does not have: in the user's language, with search and the way home. */
    @ServerExceptionMapper
    Response notFound(NotFoundException missing) {
        return pages.status(404, Templates.notfound());
    }

    /**
     * A GET of an address that only takes a POST. It happens when a session ran out under a form: the post went to
     * the sign-in, and after it the browser comes back to the form's action with a GET. Instead of an error the user
     * goes back to the page the action belongs to (its address without the action's last segment), signed in
     * again, to repeat it; nothing was done in between.
     */
    @ServerExceptionMapper
    Response notAllowed(NotAllowedException notAllowed, Request request, UriInfo uri) {
        if (!HttpMethod.GET.equals(request.getMethod())) {
            return pages.status(405, Templates.notfound());
        }
        return Pages.seeOther(pageOf(uri.getPath()));
    }

    /** The page an action's address belongs to: {@code /results/7/approve} → {@code /results/7}. */
    static String pageOf(String actionPath) {
        String path = actionPath.endsWith("/") ? actionPath.substring(0, actionPath.length() - 1) : actionPath;
        int last = path.lastIndexOf('/');
        return last <= 0 ? "/" : path.substring(0, last);
    }
}
