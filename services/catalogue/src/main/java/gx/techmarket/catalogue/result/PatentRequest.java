package gx.techmarket.catalogue.result;

import gx.techmarket.contracts.events.Patent;
import gx.techmarket.contracts.events.PatentKind;
import gx.techmarket.contracts.events.PatentStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 知识产权 as the holder types it: its number, kind, status and, optionally, its title. Whether the number is written
 * as its kind's numbers are is a rule between fields ({@link IpRules}).
 */
public record PatentRequest(
        @NotBlank @Size(max = 32) String number,
        @NotNull PatentKind kind,
        @NotNull PatentStatus status,
        @Size(max = Patent.TITLE_MAX) String title) {}
