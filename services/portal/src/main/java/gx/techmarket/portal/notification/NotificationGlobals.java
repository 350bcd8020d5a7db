package gx.techmarket.portal.notification;

import gx.techmarket.portal.web.Viewer;
import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** The header's unread count: asked of the notification service for a signed-in user, 0 when it does not answer. */
@TemplateGlobal
public class NotificationGlobals {

    private static final Logger LOG = Logger.getLogger(NotificationGlobals.class);

    static long unread() {
        Viewer viewer = Arc.container().instance(Viewer.class).get();
        if (!viewer.signedIn() || !viewer.hasOrganisation()) {
            return 0; // a newcomer without organisation has no notices, and the service would refuse it (403)
        }
        try {
            return Arc.container().select(NotificationClient.class, RestClient.LITERAL).get().unreadCount().unread();
        } catch (ProcessingException | WebApplicationException | IllegalStateException unanswered) {
            // the header must never cost the page: without the count the user still has the link
            LOG.debugf("no unread count: %s", unanswered.getMessage());
            return 0;
        }
    }
}
