package gx.techmarket.notification.notice;

import gx.techmarket.notification.mail.Subscribers;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.CurrentActor;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 通知中心: the caller's notices are those addressed to their organisation, to no role or to one of theirs. Every
 * call also records the caller as a subscriber (token subject, organisation, roles, {@code email} and {@code locale}
 * claims) for the mails of notices with deadlines.
 */
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "notifications", description = "通知中心 — the notices of the caller's organisation and roles")
public class NotificationResource {

    @Inject
    NotificationService service;

    @Inject
    Subscribers subscribers;

    @Inject
    CurrentActor actor;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(summary = "The caller's notices, newest first; unread=true for the unread ones only")
    public Page<NotificationView> list(@QueryParam("unread") @Pattern(regexp = "true|false") String unread,
            @Valid @BeanParam Paging paging) {
        return service.list(subscribed(), "true".equals(unread), paging);
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "How many of the caller's notices are unread")
    public NotificationView.Unread unreadCount() {
        return service.unread(subscribed());
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Marks one notice read (for the colleagues it is addressed to as well); another's is 404")
    public NotificationView read(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("NOTIFICATION_NOT_FOUND", id);
        }
        return service.read(subscribed(), uuid);
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Marks every notice of the caller read")
    public NotificationView.Unread readAll() {
        return service.readAll(subscribed());
    }

    private Actor subscribed() {
        Actor caller = actor.get();
        subscribers.record(caller, claim("email"), claim("locale"));
        return caller;
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? null
                : value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
    }
}
