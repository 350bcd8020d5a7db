package gx.techmarket.directory.organisation;

import gx.techmarket.contracts.events.QualificationKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * A qualification to grant: its kind, number (certificate number, 入库编号, point code: capital letters, digits and
 * hyphens, ≤50) and validity, {@code validTo} absent when open-ended, never before {@code validFrom}.
 */
public record QualificationRequest(
        @NotNull QualificationKind kind,
        @NotNull @Pattern(regexp = "[0-9A-Z][0-9A-Z-]{0,49}") String number,
        @NotNull LocalDate validFrom,
        LocalDate validTo) {}
