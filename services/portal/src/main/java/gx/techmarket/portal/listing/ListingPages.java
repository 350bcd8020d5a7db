package gx.techmarket.portal.listing;

import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Viewer;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * What the result and demand pages share: the owner's form (create, edit), the detail page with the actions the
 * service lists, and each action as a call that goes back to the detail page. A subclass declares the endpoints
 * (their paths and roles) and its templates; the flow is here once.
 */
public abstract class ListingPages<V extends ListingView, F extends ListingForm<R>, R> {

    @Inject
    protected Pages pages;

    @Inject
    protected Viewer viewer;

    /** Where the listings live, in the portal as in the service: {@code /results}, {@code /demands}. */
    protected abstract String path();

    /** The service's calls the pages make. */
    protected abstract ListingCalls<V, R> calls();

    /** The form filled with a listing, to edit it. */
    protected abstract F formOf(V listing);

    protected abstract TemplateInstance form(UUID id, F form, FormErrors errors);

    protected abstract TemplateInstance detail(V listing, FormErrors errors, String reason);

    /** The portal's own checks of a form before it is sent. */
    protected FormErrors check(F form) {
        return pages.check(form);
    }

    protected Response create(F form) {
        return pages.submit(check(form), () -> calls().create().apply(form.toRequest()),
                created -> path() + "/" + created.id(), errors -> form(null, form, errors));
    }

    protected Response showDetail(UUID id) {
        return pages.ok(detail(calls().get().apply(id), FormErrors.none(), ""));
    }

    protected Response showEditForm(UUID id) {
        return pages.ok(form(id, formOf(calls().get().apply(id)), FormErrors.none()));
    }

    protected Response edit(UUID id, F form) {
        return pages.submit(check(form), () -> calls().edit().apply(id, form.toRequest()),
                edited -> path() + "/" + id, errors -> form(id, form, errors));
    }

    protected Response submit(UUID id) {
        return act(id, "", () -> calls().submit().apply(id));
    }

    protected Response approve(UUID id) {
        return act(id, "", () -> calls().approve().apply(id));
    }

    protected Response reject(UUID id, String reason) {
        return act(id, reason, () -> calls().reject().apply(id, new Reason(reason == null ? "" : reason.strip())));
    }

    /** Runs an action; if the service refuses, the listing's page comes back with the problem and the typed reason. */
    protected Response act(UUID id, String reason, Runnable action) {
        return pages.act(action, path() + "/" + id,
                errors -> detail(calls().get().apply(id), errors, reason == null ? "" : reason));
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
