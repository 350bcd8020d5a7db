package gx.techmarket.bidding.agreement;

import gx.techmarket.platform.domain.Lifecycle;

/**
 * Where a milestone of a signed 揭榜协议 stands. The winner reports it, the operator of the challenge's sub-market
 * records the experts' check opinion and accepts it (验收) or sends it back with a reason, and the winner reports it
 * again. Only the first milestone not yet accepted moves (see {@link Agreement}).
 */
public enum MilestoneStatus {
    /** 未提交. */
    PLANNED,
    /** 已提交, waiting for the experts' check. */
    REPORTED,
    /** 专家已检查, waiting for the operator's decision. */
    CHECKED,
    /** 已退回: sent back with a reason, to be reported again. */
    RETURNED,
    /** 已验收: its support is released (final). */
    ACCEPTED;

    public static final Lifecycle<MilestoneStatus> LIFECYCLE = Lifecycle.of("Milestone", MilestoneStatus.class)
            .move("report", REPORTED, PLANNED, RETURNED)
            .move("check", CHECKED, REPORTED)
            .move("accept", ACCEPTED, CHECKED)
            .move("send-back", RETURNED, REPORTED, CHECKED)
            .build();
}
