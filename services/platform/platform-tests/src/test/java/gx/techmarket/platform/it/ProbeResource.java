package gx.techmarket.platform.it;

import gx.techmarket.platform.problems.FreeText;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.GuangxiRegion;
import gx.techmarket.platform.security.Roles;
import gx.techmarket.platform.security.UsccCode;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A small application that exercises the platform libraries the way a service does. */
@Path("/probe")
public class ProbeResource {

    public enum Mode { TRANSFER, LICENCE }

    public enum State { DRAFT, SUBMITTED, PUBLISHED }

    public record ItemRequest(@NotBlank @Size(max = 50) String name,
            @NotNull @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) BigDecimal amount) {}

    public record NoteRequest(
            @NotBlank @Size(max = 200) String title,
            @NotNull @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) BigDecimal amount,
            @NotNull Mode mode,
            @UsccCode String buyer,
            @GuangxiRegion String region,
            @Size(max = 10) List<@Valid ItemRequest> items,
            @FreeText @Size(max = 2000) String note) {}

    public record NoteView(UUID id, String title, BigDecimal amount) {}

    private final CurrentActor currentActor;

    ProbeResource(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @GET
    @Path("/me")
    @Authenticated
    public Actor me() {
        return currentActor.get();
    }

    @GET
    @Path("/enterprise")
    @RolesAllowed(Roles.ENTERPRISE)
    public String enterpriseOnly() {
        return currentActor.get().organisation().name();
    }

    @POST
    @Path("/notes")
    @RolesAllowed({Roles.ENTERPRISE, Roles.BROKER})
    @Transactional
    public NoteView create(@Valid @NotNull NoteRequest request) {
        return store(request.title(), request.amount());
    }

    @GET
    @Path("/notes/{id}")
    @Authenticated
    public NoteView read(@PathParam("id") UUID id) {
        ProbeNote note = Panache.getEntityManager().find(ProbeNote.class, id);
        if (note == null) {
            throw ProblemException.notFound("PROBE_NOT_FOUND", id);
        }
        return new NoteView(note.id, note.title, note.amount);
    }

    @POST
    @Path("/notes/{id}/publish")
    @Authenticated
    public void publish(@PathParam("id") UUID id) {
        throw ProblemException.illegalTransition("Note", State.DRAFT, State.PUBLISHED);
    }

    @POST
    @Path("/notes/{id}/archive")
    @Authenticated
    public void archive(@PathParam("id") UUID id) {
        if (Panache.getEntityManager().find(ProbeNote.class, id) == null) {
            throw ProblemException.notFound("PROBE_NOT_FOUND", id);
        }
    }

    private static NoteView store(String title, BigDecimal amount) {
        ProbeNote note = new ProbeNote();
        note.id = UUID.randomUUID();
        note.title = title;
        note.amount = amount;
        Panache.getEntityManager().persist(note);
        return new NoteView(note.id, note.title, note.amount);
    }

    /** Deliberately careless: stores whatever title arrives, unvalidated (the bad-input kit must catch it). */
    public record CarelessRequest(String title, BigDecimal amount) {}

    @POST
    @Path("/careless")
    @Authenticated
    @Transactional
    public NoteView careless(CarelessRequest request) {
        return store(request.title(), request.amount());
    }

    @GET
    @Path("/list")
    @PermitAll
    public String list(@jakarta.ws.rs.QueryParam("page") @jakarta.ws.rs.DefaultValue("0") @jakarta.validation.constraints.Min(0) int page,
            @jakarta.ws.rs.QueryParam("q") @Size(max = 20) String q) {
        return "page " + page;
    }

    @GET
    @Path("/paged")
    @PermitAll
    public String paged(@jakarta.validation.Valid @jakarta.ws.rs.BeanParam gx.techmarket.platform.problems.Paging paging) {
        return "page " + paging.page() + " of " + paging.size();
    }

    @GET
    @Path("/boom")
    @PermitAll
    public String boom() {
        throw new IllegalStateException("secret internal detail that must not leak");
    }

    @POST
    @Path("/echo")
    @PermitAll
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public String echo(String body) {
        return body;
    }
}
