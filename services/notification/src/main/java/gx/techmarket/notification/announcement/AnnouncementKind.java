package gx.techmarket.notification.announcement;

/** 通知公告 (a notice to the market) or 政策文件 (a policy document). */
public enum AnnouncementKind {
    NOTICE,
    POLICY
}
