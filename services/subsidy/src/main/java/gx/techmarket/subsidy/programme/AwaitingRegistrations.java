package gx.techmarket.subsidy.programme;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The registered contracts of a budget year that no programme has assessed (ADR 0025): what the year's state shows
 * as awaiting a programme. The entitlement package, which keeps the registrations and their outcomes, answers it;
 * the programme package does not depend on it.
 */
public interface AwaitingRegistrations {

    /** A registered contract waiting for a programme of its year. */
    record Awaiting(UUID contractId, String registrationNumber, Instant registeredAt) {}

    /** How many registrations of {@code year} (not cancelled) have no outcome under any programme. */
    long count(int year);

    /** The oldest {@code limit} of them. */
    List<Awaiting> first(int year, int limit);
}
