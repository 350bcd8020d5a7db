package gx.techmarket.portal.registry;

import gx.techmarket.portal.catalogue.CatalogueClient;
import gx.techmarket.portal.catalogue.ResultView;
import gx.techmarket.portal.directory.DirectoryMsg;
import gx.techmarket.portal.directory.OrganisationPicker;
import gx.techmarket.portal.directory.OrganisationSummary;
import gx.techmarket.portal.directory.OrganisationView;
import gx.techmarket.portal.web.Amounts;
import gx.techmarket.portal.web.Confirmation;
import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import gx.techmarket.portal.web.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/** 技术合同认定登记: the broker's draft, the seller's filing, the registration point's acceptance and registration. */
@Path("/contracts")
@Produces(Pages.HTML)
@Blocking
public class ContractPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance brokered(BrokeredForm form, Section<ResultView> result, Buyer buyer,
                FormErrors errors);
    }

    @Inject
    @RestClient
    RegistryClient registry;

    @Inject
    @RestClient
    CatalogueClient catalogue;

    @Inject
    OrganisationPicker.Chosen picker;

    @Inject
    ContractDetail detail;

    @Inject
    @RestClient
    RegistrationClient registration;

    @Inject
    Pages pages;

    /**
     * The buyer as the form shows it: the organisation chosen from the directory (its facts), and the organisations
     * the broker's last search found to choose from (none when nothing was searched).
     */
    @io.quarkus.qute.TemplateData
    public record Buyer(Section<OrganisationView> chosen, Section<Page<OrganisationSummary>> found,
            boolean searched) {

        public int shown() {
            return found.ok() ? found.value().items().size() : 0;
        }
    }

    @GET
    @Path("/new")
    @RolesAllowed(Roles.BROKER)
    public Response newBrokered(@QueryParam("resultId") String resultId, @QueryParam("demandId") String demandId,
            @QueryParam("buyer") String buyer) {
        BrokeredForm form = BrokeredForm.forResult(resultId,
                demandId != null && demandId.matches(BrokeredForm.UUID_TEXT) ? demandId : null);
        if (buyer != null && buyer.matches("[0-9A-HJ-NPQRTUWXY]{18}")) {
            form.buyerUscc = buyer; // from a 意向洽谈: the interested organisation, chosen in the picker already
        }
        return pages.ok(Templates.brokered(form, result(form), buyer(form, false), FormErrors.none()));
    }

    @POST
    @Path("/brokered")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.BROKER)
    public Response draftBrokered(@BeanParam BrokeredForm form) {
        if (form.searching()) {
            // the picker's search without JavaScript: the organisations found, to choose from; nothing is sent
            return pages.ok(Templates.brokered(form, result(form), buyer(form, true), FormErrors.none()));
        }
        FormErrors invalid = pages.check(form);
        for (String field : form.missing()) {
            if (!invalid.has(field)) {
                invalid.add(field, field.equals("buyer.uscc") ? pages.msg(DirectoryMsg.class).picker_required()
                        : pages.msg().required());
            }
        }
        return pages.submit(form, invalid, () -> registry.draftBrokered(form.toRequest()),
                drafted -> "/contracts/" + drafted.id(), "drafted",
                errors -> Templates.brokered(form, result(form), buyer(form, false),
                        form.external() ? errors.moved("buyer.uscc", BrokeredForm.EXTERNAL_USCC) : errors));
    }

    private Buyer buyer(BrokeredForm form, boolean searched) {
        Section<Page<OrganisationSummary>> found = searched ? picker.find(form.buyerQuery)
                : new Section<>(Page.<OrganisationSummary>empty(OrganisationPicker.SHOWN), null, false);
        return new Buyer(picker.of(form.chosen()), found, searched);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.ADMIN})
    public Response detail(@PathParam("id") UUID id) {
        return pages.ok(detail.page(id, FormErrors.none()));
    }

    /** The seller's filing, once confirmed: the registration point examines it as filed. */
    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER})
    public Response submit(@PathParam("id") UUID id, @BeanParam FilingForm filing, @RestForm String confirmed) {
        return file(id, "submit", filing, confirmed, () -> registry.submit(id, filing.toRequest()));
    }

    /** 重新提交 after 补正: the filing as corrected, once confirmed; the registration point's clock starts anew. */
    @POST
    @Path("/{id}/resubmit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER})
    public Response resubmit(@PathParam("id") UUID id, @BeanParam FilingForm filing, @RestForm String confirmed) {
        return file(id, "resubmit", filing, confirmed, () -> registration.resubmit(id, filing.toRequest()));
    }

    private Response file(UUID id, String step, FilingForm filing, String confirmed, Supplier<?> call) {
        FormErrors invalid = pages.check(filing);
        if (!invalid.has("signedOn") && filing.signedOnDate() == null) {
            invalid.add("signedOn", pages.msg().invalid_date());
        }
        for (int row : filing.badAmounts()) {
            invalid.add(FilingForm.amountField(row), pages.msg().invalid_amount());
        }
        Supplier<Response> file = () -> pages.submit(filing, invalid, call::get, filed -> "/contracts/" + id,
                "submit".equals(step) ? "filed" : "resubmitted",
                errors -> detail.page(detail.contract(id), filing, "", errors, java.util.Map.of()));
        if (filing.switchingLanguage() || invalid.any()) {
            return file.get();
        }
        return pages.confirmFirst(confirmed, () -> {
            RegistryMsg texts = pages.msg(RegistryMsg.class);
            ContractView contract = registry.get(id);
            Confirmation confirmation = Confirmation.of("submit".equals(step) ? "file" : "resubmit",
                    contract.title(), "/contracts/" + id + "/" + step, "/contracts/" + id)
                    .amount(texts.field_total_contract_amount(), Amounts.parse(filing.totalContractAmount))
                    .amount(texts.field_non_technical_amount(), filing.itemsTotal())
                    .text(texts.field_signed_on(), filing.signedOn)
                    .field("totalContractAmount", filing.totalContractAmount).field("signedOn", filing.signedOn)
                    .field("title", filing.title).fields("itemCategory", filing.itemCategory)
                    .fields("itemDescription", filing.itemDescription).fields("itemAmount", filing.itemAmount);
            return confirmation;
        }, file);
    }

    /** The registration point's 受理 ({@code accept}) and 登记 ({@code register}), by the action's name, confirmed. */
    @POST
    @Path("/{id}/{action: accept|register}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REGISTRAR)
    public Response registrarAction(@PathParam("id") UUID id, @PathParam("action") String action,
            @RestForm String confirmed) {
        return act(id, action, confirmed, "", "accept".equals(action) ? "accepted" : "registered",
                () -> registry.act(id, action));
    }

    /** 退回补正: one reason per line, once confirmed. */
    @POST
    @Path("/{id}/return-for-correction")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REGISTRAR)
    public Response returnForCorrection(@PathParam("id") UUID id, @RestForm String reasons,
            @RestForm String confirmed) {
        List<String> lines = reasons == null ? List.of()
                : Arrays.stream(reasons.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (lines.isEmpty()) {
            return pages.status(400, detail.page(id, FormErrors.none().add("reasons", pages.msg().required())));
        }
        return act(id, "return-for-correction", confirmed, reasons, "returned",
                () -> registry.returnForCorrection(id, new RegistryRequests.Correction(lines)));
    }

    /**
     * Runs a registrar's action once confirmed (else the confirmation page shows the contract's amounts); if refused,
     * the contract's page comes back with the problem and the typed reasons.
     */
    private Response act(UUID id, String action, String confirmed, String reasons, String flash, Runnable call) {
        return pages.confirmFirst(confirmed, () -> {
            RegistryMsg texts = pages.msg(RegistryMsg.class);
            ContractView contract = registry.get(id);
            return Confirmation.of(action, contract.title(), "/contracts/" + id + "/" + action, "/contracts/" + id)
                    .amount(texts.field_total_contract_amount(), contract.totalContractAmount())
                    .amount(texts.field_non_technical_amount(), contract.nonTechnicalAmount())
                    .amount(texts.field_technology_transaction_amount(), contract.technologyTransactionAmount())
                    .text(pages.forms().fact_reasons(), reasons).field("reasons", reasons);
        }, () -> pages.act(call, "/contracts/" + id, flash, errors -> {
            FilingView contract = detail.contract(id);
            return detail.page(contract, FilingForm.of(contract), reasons, errors, java.util.Map.of());
        }));
    }

    private Section<ResultView> result(BrokeredForm form) {
        UUID id;
        try {
            id = UUID.fromString(form.resultId == null ? "" : form.resultId.strip());
        } catch (IllegalArgumentException notAnId) {
            return new Section<>(null, null, false);
        }
        return Section.load(() -> catalogue.get(id));
    }
}
