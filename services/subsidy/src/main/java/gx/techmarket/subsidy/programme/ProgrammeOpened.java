package gx.techmarket.subsidy.programme;

import java.util.Objects;

/**
 * A programme was opened for a budget year (new, or copied from another year): fired synchronously, in the
 * transaction that opened it, so that the contracts of that year registered before it are assessed under it at once.
 * The programme package does not know who listens (the entitlement package's backlog does).
 */
public record ProgrammeOpened(String code, int year) {

    public ProgrammeOpened {
        Objects.requireNonNull(code, "code");
    }
}
