package gx.techmarket.portal.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Renders a page in the request's language. */
@ApplicationScoped
public class Pages {

    public static final String HTML = "text/html;charset=UTF-8";

    @Inject
    Language language;

    @Inject
    Validator validator;

    public Response ok(TemplateInstance page) {
        return status(200, page);
    }

    public Response status(int status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(render(page)).build();
    }

    public String render(TemplateInstance page) {
        return page.setLocale(language.locale()).render();
    }

    /** The portal's own checks of a form (its Hibernate Validator constraints), in the user's language. */
    public FormErrors check(Object form) {
        return FormErrors.of(validator.validate(form), msg());
    }

    /** The message bundle in the request's language, for texts built in Java. */
    public Msg msg() {
        return MessageBundles.get(Msg.class, Localized.Literal.of(language.tag()));
    }

    /**
     * The problem to show for a failed call: the service's own, or "service unavailable" (503) when it did not
     * answer at all.
     */
    public ServiceProblem.Problem problemOf(RuntimeException failure) {
        if (failure instanceof ServiceProblem refused) {
            return refused.problem();
        }
        return ServiceProblem.Problem.local(503, "SERVICE_UNAVAILABLE", msg().service_unavailable(),
                java.util.List.of());
    }

    /** After a successful action: 303 to the page that shows its outcome. */
    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
