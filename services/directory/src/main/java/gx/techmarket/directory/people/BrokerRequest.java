package gx.techmarket.directory.people;

import gx.techmarket.platform.security.UsccCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A 技术经理人 as its keepers enter or change it: name, the organisation it works for (a verified one of the
 * directory), 证书编号 (absent while it holds none), 培训学时, fields of expertise (industry codes), contact details
 * with their visibility, and the market user account (Keycloak subject) when it has one.
 */
public record BrokerRequest(
        @NotBlank @Size(max = 100) String name,
        @NotNull @UsccCode String agencyUscc,
        @Pattern(regexp = CERTIFICATE) String certificateNumber,
        @NotNull @Min(0) @Max(10_000) Integer trainingHours,
        @NotNull @Size(min = 1, max = 10) Set<@NotNull @Pattern(regexp = INDUSTRY) String> fields,
        @NotNull @Valid ContactRequest contact,
        @Pattern(regexp = SUBJECT) String accountSubject) {

    /** Letters, digits and hyphens, 4–50 (certificates of different issuers differ). */
    static final String CERTIFICATE = "[A-Za-z0-9][A-Za-z0-9-]{3,49}";
    /** An industry code of the market (contracts' IndustryCode: SUGAR, AUTOMOTIVE…); an open set. */
    static final String INDUSTRY = "(?=.{1,64}$)[A-Z][A-Z0-9]*(_[A-Z0-9]+)*";
    /** A Keycloak user id. */
    static final String SUBJECT = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
}
