package gx.techmarket.portal.listing;

import gx.techmarket.portal.web.FormErrors;
import io.quarkus.qute.TemplateInstance;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the shared listing pages need of one kind of listing: its service's calls (method references of its REST
 * client; an action by its name, the last path segment of its endpoint), its form's two ways to start, and its two
 * templates. Method references rather than a generic client
 * interface both clients extend: the REST client cannot implement a method whose parameter or return type is a type
 * variable (it finds no matching method for the body, and leaves the erased method unimplemented).
 */
public record Listing<V extends ListingView, F extends ListingForm<R>, R>(
        Function<UUID, V> get,
        Function<R, V> create,
        BiFunction<UUID, R, V> edit,
        BiFunction<UUID, String, V> act,
        ReasonedAction<V> actWithReason,
        Supplier<F> newForm,
        Function<V, F> formOf,
        FormPage<F> formPage,
        DetailPage<V> detailPage) {

    /** An action that sends a reason ({@code reject}, and withdraw or close). */
    @FunctionalInterface
    public interface ReasonedAction<V> {
        V apply(UUID id, String action, Reason reason);
    }

    /** The owner's form: {@code id} null for a new listing. */
    @FunctionalInterface
    public interface FormPage<F> {
        TemplateInstance render(UUID id, F form, FormErrors errors);
    }

    /** The listing's page, with what went wrong and the reason the user typed for a refused action. */
    @FunctionalInterface
    public interface DetailPage<V> {
        TemplateInstance render(V listing, FormErrors errors, String reason);
    }
}
