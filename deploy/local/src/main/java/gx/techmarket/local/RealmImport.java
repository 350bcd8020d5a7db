package gx.techmarket.local;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The realm file as Keycloak imports it on the first start of a home: {@code deploy/keycloak/techmarket-realm.json}
 * names the portal at its default origin ({@code http://localhost:8080} and {@code http://127.0.0.1:8080}) in the
 * portal client's root URL, redirect URIs, web origins and post-logout redirect URIs. When the portal runs on
 * another port ({@code TECHMARKET_PORTAL_PORT}), those origins are rewritten to it, so the sign-in redirect is
 * accepted; every other part of the file is imported unchanged.
 *
 * <p>Keycloak imports a realm only when it does not exist yet: after changing the portal's port on an existing home,
 * {@code techmarket reset} (or changing the client in Keycloak's console) applies the new origin.
 */
public final class RealmImport {

    public static final int DEFAULT_PORTAL_PORT = 8080;

    private static final Pattern DEFAULT_PORTAL_ORIGIN =
            Pattern.compile("http://(localhost|127\\.0\\.0\\.1):" + DEFAULT_PORTAL_PORT + "(?=[/\"#])");

    private RealmImport() {}

    /** The realm JSON with the portal's default origins moved to {@code portalPort}. */
    public static String withPortalPort(String realmJson, int portalPort) {
        if (portalPort == DEFAULT_PORTAL_PORT) {
            return realmJson;
        }
        return DEFAULT_PORTAL_ORIGIN.matcher(realmJson)
                .replaceAll(match -> Matcher.quoteReplacement("http://" + match.group(1) + ":" + portalPort));
    }
}
