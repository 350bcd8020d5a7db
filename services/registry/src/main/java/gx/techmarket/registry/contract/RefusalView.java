package gx.techmarket.registry.contract;

import gx.techmarket.registry.review.RefusalGrounds;
import java.time.Instant;
import java.util.List;

/** 不予登记 as shown: the grounds with their labels, the explanation, when, and the stamp 未予登记. */
public record RefusalView(List<RefusalGrounds.Ground> grounds, String explanation, Instant refusedAt, String stamp) {

    static RefusalView of(Contract c) {
        return c.refusedAt == null ? null
                : new RefusalView(RefusalGrounds.labelled(c.refusalGrounds), c.refusalExplanation, c.refusedAt,
                        RefusalGrounds.STAMP);
    }
}
