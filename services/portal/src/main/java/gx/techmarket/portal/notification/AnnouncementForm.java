package gx.techmarket.portal.notification;

import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** An announcement as the operator types it: 通知公告 or 政策文件, a title, the text (the service's limits). */
@TemplateData
public class AnnouncementForm {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20_000;

    @RestForm
    @NotBlank
    @Pattern(regexp = "NOTICE|POLICY")
    public String kind = "NOTICE";

    @RestForm
    @NotBlank
    @Size(max = TITLE_MAX)
    public String title;

    @RestForm
    @NotBlank
    @Size(max = BODY_MAX)
    public String body;

    AnnouncementClient.NewAnnouncement toRequest() {
        return new AnnouncementClient.NewAnnouncement(kind, title.strip(), body.strip());
    }
}
