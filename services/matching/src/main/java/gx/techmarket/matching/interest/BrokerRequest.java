package gx.techmarket.matching.interest;

import gx.techmarket.platform.security.UsccCode;
import jakarta.validation.constraints.NotNull;

/** The broker organisation (技术转移机构, a verified agency in the directory) to invite, by its USCC. */
public record BrokerRequest(@NotNull @UsccCode String brokerUscc) {}
