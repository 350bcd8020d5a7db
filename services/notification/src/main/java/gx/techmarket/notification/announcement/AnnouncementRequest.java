package gx.techmarket.notification.announcement;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A 通知公告 or 政策文件 to publish: its kind, title (≤200) and body (plain text, ≤20,000 characters). */
public record AnnouncementRequest(
        @NotNull AnnouncementKind kind,
        @NotBlank @Size(max = 200) @FreeText String title,
        @NotBlank @Size(max = 20000) @FreeText String body) {}
