package gx.techmarket.local;

/**
 * A port the market listens on, who listens there and which variable moves it.
 *
 * @param port the TCP port on 127.0.0.1
 * @param component who listens, as people call it ("Keycloak HTTP")
 * @param variable the environment variable that overrides it
 */
public record PortClaim(int port, String component, String variable) {

    @Override
    public String toString() {
        return port + " (" + component + ")";
    }
}
