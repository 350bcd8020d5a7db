package gx.techmarket.portal.listing;

import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A listing service's calls the shared pages make, as method references of its REST client. Not a generic client
 * interface the two clients extend: the REST client cannot implement a method whose parameter or return type is a
 * type variable (it finds no matching method for the body, and leaves the erased method unimplemented).
 */
public record ListingCalls<V extends ListingView, R>(
        Function<UUID, V> get,
        Function<R, V> create,
        BiFunction<UUID, R, V> edit,
        Function<UUID, V> submit,
        Function<UUID, V> approve,
        BiFunction<UUID, Reason, V> reject) {}
