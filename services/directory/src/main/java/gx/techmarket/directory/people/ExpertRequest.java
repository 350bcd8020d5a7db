package gx.techmarket.directory.people;

import gx.techmarket.platform.security.UsccCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * An expert of the 评审专家库 as an admin enters or changes it: name, organisation (a verified one of the
 * directory), 职称/职务, fields (industry codes), declared relations, contact details with their visibility, and the
 * market user account (Keycloak subject) when it has one.
 */
public record ExpertRequest(
        @NotBlank @Size(max = 100) String name,
        @NotNull @UsccCode String organisationUscc,
        @NotBlank @Size(max = 100) String title,
        @NotNull @Size(min = 1, max = 10) Set<@NotNull @Pattern(regexp = BrokerRequest.INDUSTRY) String> fields,
        @Size(max = 50) List<@NotNull @Valid RelationRequest> relations,
        @NotNull @Valid ContactRequest contact,
        @Pattern(regexp = BrokerRequest.SUBJECT) String accountSubject) {}
