package gx.techmarket.registry.attachment;

import gx.techmarket.platform.security.Actor;
import java.util.UUID;

/**
 * The contracts, as far as their documents go (implemented by the contract package, which owns who may see and
 * change a contract; this package knows no contract class, so contracts may use it without a cycle).
 */
public interface Filings {

    /**
     * The contract {@code id} if {@code actor} may read its documents: an organisation party to it (seller, buyer,
     * intermediary), or a registrar of an open registration point once it has been filed. Not an admin, whose read
     * of a contract is an operator's, not a party's. Anyone else: 404 {@code CONTRACT_NOT_FOUND}.
     */
    Filing readable(Actor actor, UUID id);

    /**
     * The contract {@code id}, its row locked until the transaction ends, if {@code actor} may change its documents
     * now: 404 {@code CONTRACT_NOT_FOUND} for who may not read it, 403 {@code NOT_CONTRACT_FILER} for another party
     * or a registrar, 409 {@code ATTACHMENTS_NOT_EDITABLE} once it is filed (until it is returned for correction).
     */
    Filing changeable(Actor actor, UUID id);
}
