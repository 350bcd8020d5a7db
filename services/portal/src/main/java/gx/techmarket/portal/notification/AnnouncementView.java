package gx.techmarket.portal.notification;

import gx.techmarket.portal.web.Actionable;
import gx.techmarket.portal.web.Party;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A 通知公告 ({@code NOTICE}) or 政策文件 ({@code POLICY}) as the notification service answers it. */
@TemplateData
public record AnnouncementView(UUID id, String kind, String title, String body, Instant publishedAt, Party publisher,
        String status, List<String> actions) implements Actionable {}
