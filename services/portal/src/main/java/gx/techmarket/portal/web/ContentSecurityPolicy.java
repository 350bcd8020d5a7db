package gx.techmarket.portal.web;

import java.net.URI;

/**
 * The portal's Content-Security-Policy. Scripts are the portal's own module files under {@code /js/} ({@code portal.js}, {@code forms.js}: progressive
 * enhancement, docs/adr/0018), so {@code script-src 'self'}: no inline script, no {@code eval}, nothing from another
 * origin; the one stylesheet is a file of the portal's own ({@code /css/portal.css}),
 * so styles are {@code 'self'} without {@code 'unsafe-inline'}. Forms post to the portal itself; Keycloak's origin is
 * allowed as a form target too because browsers apply {@code form-action} to the redirects after a post, and a post
 * whose session has run out is redirected to Keycloak's sign-in.
 */
public final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {}

    /**
     * @param signInServer the OIDC server (the realm's URL); only its origin goes into the policy
     * @return the header value
     */
    public static String of(URI signInServer) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self' " + origin(signInServer),
                "frame-ancestors 'none'");
    }

    /** {@code scheme://host[:port]} of an absolute http(s) URL; anything else cannot be a source in the policy. */
    static String origin(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("the sign-in server must be an absolute http(s) URL: " + uri);
        }
        return scheme.toLowerCase(java.util.Locale.ROOT) + "://" + uri.getHost()
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
