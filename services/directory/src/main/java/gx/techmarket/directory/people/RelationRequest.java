package gx.techmarket.directory.people;

import gx.techmarket.platform.security.UsccCode;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A relation an expert declares: with the organisation {@code uscc}, of {@code kind}, from … to (absent: still holds). */
public record RelationRequest(
        @NotNull @UsccCode String uscc,
        @NotNull RelationKind kind,
        @NotNull LocalDate validFrom,
        LocalDate validTo) {}
