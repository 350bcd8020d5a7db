package gx.techmarket.bidding.evaluation;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** 定榜: the bid the counterparty confirms from the ranking; not the top-ranked one: the recorded reason. */
public record AwardRequest(@NotNull UUID bidId, @Size(max = 2000) @FreeText String departureReason) {}
