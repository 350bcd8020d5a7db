package gx.techmarket.platform.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A request that takes a worker thread and keeps it until the test releases it (no database involved). */
@Path("/probe/held")
public class HeldProbeResource {

    private final RequestHolder holder;

    HeldProbeResource(RequestHolder holder) {
        this.holder = holder;
    }

    @GET
    @PermitAll
    public String held() throws InterruptedException {
        holder.holdUntilReleased();
        return "done";
    }
}
