package gx.techmarket.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Renders a page in the request's language, and gives every form and button the same feedback: the form again with
 * its errors, a confirmation before an irreversible step, a success message after it.
 */
@ApplicationScoped
public class Pages {

    public static final String HTML = "text/html;charset=UTF-8";

    @CheckedTemplate(basePath = "confirm")
    static class Templates {
        static native TemplateInstance page(Confirmation confirmation);
    }

    @Inject
    CookieAttributes cookies;

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

    /** The shared message bundle in the request's language, for texts built in Java. */
    public Msg msg() {
        return msg(Msg.class);
    }

    /** The forms' feedback texts in the request's language. */
    public FormMsg forms() {
        return msg(FormMsg.class);
    }

    /** A feature's message bundle in the request's language. */
    public <T> T msg(Class<T> bundle) {
        return MessageBundles.get(bundle, Localized.Literal.of(language.tag()));
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

    /**
     * A form or button sent to a service, the one way every page does it: if the portal's own checks found something
     * the form comes back at once (400) without calling; otherwise the call is made and, on success, 303 to the page
     * that shows its outcome ({@code then} from the service's answer) with the success message {@code flash} (one of
     * {@link Flash#KINDS}); when the service refuses or does not answer, {@code again} renders the same page with the
     * problem and its field errors next to their inputs, under the problem's status.
     */
    public <T> Response submit(FormErrors checked, Supplier<T> call, Function<T, String> then, String flash,
            Function<FormErrors, TemplateInstance> again) {
        if (checked.any()) {
            return status(400, again.apply(checked));
        }
        T answer;
        try {
            answer = call.get();
        } catch (ServiceProblem | ProcessingException refused) {
            FormErrors failed = FormErrors.of(problemOf(refused));
            return status(failed.problem().status(), again.apply(failed));
        }
        return seeOther(then.apply(answer), flash);
    }

    /**
     * {@link #submit} for a form that survives a language switch: a post of its language buttons renders it again
     * as typed (200), in the language the post selected, with the portal's own checks if the page showed errors;
     * nothing is sent.
     */
    public <T> Response submit(KeptForm form, FormErrors checked, Supplier<T> call, Function<T, String> then,
            String flash, Function<FormErrors, TemplateInstance> again) {
        if (form.switchingLanguage()) {
            return ok(again.apply(form.hadErrors() ? checked : FormErrors.none()));
        }
        return submit(checked, call, then, flash, again);
    }

    /**
     * An irreversible step: done ({@code step}) only when the post carries {@code confirmed=yes}; otherwise nothing
     * is sent and the confirmation page shows what the step will do, with a button that posts the same form again,
     * confirmed. So one unconfirmed click never does it, with or without JavaScript.
     */
    public Response confirmFirst(String confirmed, Supplier<Confirmation> confirmation, Supplier<Response> step) {
        if (Confirmation.given(confirmed)) {
            return step.get();
        }
        return ok(Templates.page(confirmation.get()));
    }

    /** {@link #submit} for a button: nothing to check, and the outcome is shown at {@code then}. */
    public Response act(Runnable call, String then, String flash, Function<FormErrors, TemplateInstance> again) {
        return submit(FormErrors.none(), () -> {
            call.run();
            return then;
        }, Function.identity(), flash, again);
    }

    /** After a successful action: 303 to the page that shows its outcome, with the success message to show there. */
    public Response seeOther(String path, String flash) {
        return Response.seeOther(URI.create(path)).cookie(Flash.cookie(cookies, flash)).build();
    }

    /** After a successful action: 303 to the page that shows its outcome. */
    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
