package gx.techmarket.portal.bidding.agreement;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import gx.techmarket.portal.web.ServiceCallFilter;
import gx.techmarket.portal.web.ServiceProblemMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The bidding service's 揭榜协议 and milestones of an awarded challenge, called as the signed-in user. */
@RegisterRestClient(configKey = "bidding")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/challenges/{id}/agreement")
public interface AgreementClient {

    @GET
    AgreementView agreement(@PathParam("id") UUID id);

    /** The whole set of terms: the first draft or a new revision. */
    @PUT
    AgreementView write(@PathParam("id") UUID id, Terms terms);

    @POST
    @Path("/confirm")
    AgreementView confirm(@PathParam("id") UUID id, Confirm confirm);

    @POST
    @Path("/milestones/{number}/report")
    AgreementView report(@PathParam("id") UUID id, @PathParam("number") int number, Report report);

    @POST
    @Path("/milestones/{number}/check")
    AgreementView check(@PathParam("id") UUID id, @PathParam("number") int number, Check check);

    @POST
    @Path("/milestones/{number}/accept")
    AgreementView accept(@PathParam("id") UUID id, @PathParam("number") int number);

    @POST
    @Path("/milestones/{number}/send-back")
    AgreementView sendBack(@PathParam("id") UUID id, @PathParam("number") int number, Reason reason);

    @POST
    @Path("/terminate")
    AgreementView terminate(@PathParam("id") UUID id, Reason reason);

    /** The terms as written: {@code contractType} only for a 成果转化类 challenge (left out otherwise). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Terms(String contractType,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalInvestment,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal enterpriseShare,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal bidderShare,
            List<MilestoneTerms> milestones) {}

    /** One milestone of the terms: title, deliverables, due date (China time), the support released at acceptance. */
    record MilestoneTerms(String title, String deliverables, LocalDate dueDate,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal supportAmount) {}

    /** The revision the party read and confirms. */
    record Confirm(int revision) {}

    /** The winner's report of a milestone. */
    record Report(String summary) {}

    /** The experts' check opinion as the operator records it. */
    record Check(String opinion) {}

    /** Why a milestone is sent back, or why the project is terminated. */
    record Reason(String reason) {}
}
