package gx.techmarket.portal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Every call to a service carries the signed-in user's access token (the services authorise the user, not the
 * portal) and the user's language, so problem messages come back in it.
 */
public class ServiceCallFilter implements ClientRequestFilter {

    @Inject
    Viewer viewer;

    @Inject
    Language language;

    @Override
    public void filter(ClientRequestContext request) {
        String token = viewer.accessToken();
        if (token != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, language.tag());
    }
}
