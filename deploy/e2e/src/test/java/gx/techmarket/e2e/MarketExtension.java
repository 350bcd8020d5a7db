package gx.techmarket.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives every end-to-end test the one {@link Market} of the module: started by the first test that asks, kept in the
 * root store and stopped (and checked for leftovers) by JUnit when the whole run ends.
 */
public final class MarketExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MarketExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Market.class;
    }

    /** A start that failed is not tried again by the next test class: it would fail the same way, minutes later. */
    private static volatile IllegalStateException failedStart;

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (failedStart != null) {
            throw new IllegalStateException("the market did not start (see the first test that asked for it)",
                    failedStart);
        }
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Market.class, type -> {
            try {
                return Market.start();
            } catch (Exception | AssertionError e) {
                failedStart = new IllegalStateException("the market did not start", e);
                throw failedStart;
            }
        }, Market.class);
    }
}
