package gx.techmarket.registry.result;

import gx.techmarket.contracts.events.Party;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A result the catalogue published, as the contract feature needs it.
 *
 * @param transferModes the catalogue's {@code TransferMode} names the holder offers (TRANSFER, LICENSE, ...)
 * @param askingPrice   意向价格 in 元, {@code null} when 面议
 * @param withdrawn     the holder has since taken it off the catalogue
 * @param industry      领域: its industry code, {@code null} when the registry learnt of it before keeping it
 */
public record PublishedResult(UUID id, String title, Party holder, List<String> transferModes, BigDecimal askingPrice,
        boolean withdrawn, String industry) {

    /** A result whose industry the registry does not know. */
    public PublishedResult(UUID id, String title, Party holder, List<String> transferModes, BigDecimal askingPrice,
            boolean withdrawn) {
        this(id, title, holder, transferModes, askingPrice, withdrawn, null);
    }
}
