package gx.techmarket.registry.contract;

import gx.techmarket.contracts.events.RefusalGround;
import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 不予登记: the grounds from the official list (at least one; none is 400 {@code REFUSAL_GROUNDS_REQUIRED}) and the
 * registrar's explanation to the parties.
 */
public record RefusalRequest(
        @Size(max = 9) List<@NotNull RefusalGround> grounds,
        @FreeText @NotBlank @Size(max = 2000) String explanation) {}
