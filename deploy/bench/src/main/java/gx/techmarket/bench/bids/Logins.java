package gx.techmarket.bench.bids;

import gx.techmarket.bench.MarketHandle;
import gx.techmarket.local.DemoUsers;
import gx.techmarket.local.PortalLogin;
import java.io.IOException;
import java.util.List;

/**
 * Fresh access tokens of demo users, signed in through the portal client's real flow (code + PKCE) just before a
 * load phase: the realm's tokens live 5 minutes, and a token taken from a cache that is minutes old could expire
 * in the middle of a phase and turn its last requests into 401s.
 */
final class Logins {

    private final MarketHandle market;

    Logins(MarketHandle market) {
        this.market = market;
    }

    String token(String username) {
        try {
            return new PortalLogin(market.keycloakUrl(), market.url("portal")).accessToken(username,
                    DemoUsers.PASSWORD);
        } catch (IOException e) {
            throw new IllegalStateException("login of " + username + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the login of " + username, e);
        }
    }

    List<String> tokens(List<String> usernames) {
        return usernames.stream().map(this::token).toList();
    }
}
