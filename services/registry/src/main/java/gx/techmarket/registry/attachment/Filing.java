package gx.techmarket.registry.attachment;

import gx.techmarket.contracts.events.ContractType;
import java.util.UUID;

/**
 * What the attachments need to know of a contract, as one caller sees it: its type (for the documents it needs),
 * whether it is a technology import filed by the buyer, and whether this caller may change its documents now (the
 * filer, while the filing is a draft or returned for correction).
 */
public record Filing(UUID id, ContractType type, boolean technologyImport, boolean changeable) {}
