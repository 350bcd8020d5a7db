package gx.techmarket.portal.registry;

import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A contract's page (登记申请 / 合同详情), the one place that renders it: the contract as the registry shows it now,
 * with its attachments and its pre-check loaded as parts of their own (one refused or down leaves the page working),
 * and every form the contract's {@code actions} offer. Pages that act on a contract render it again through this
 * with the problem and what was typed.
 */
@ApplicationScoped
public class ContractDetail {

    @CheckedTemplate(basePath = "ContractPages")
    static class Templates {
        static native TemplateInstance detail(FilingView contract, FilingForm filing, String reasons,
                FormErrors errors, Parts parts);
    }

    /** The parts loaded apart from the contract, and what the user typed into a form the service refused. */
    @TemplateData
    public record Parts(Section<AttachmentList> attachments, Section<PrecheckView> precheck,
            Map<String, String> typed, NewFilingForm rows) {

        /** A typed value to show again, or "". */
        public String typed(String name) {
            String value = typed.get(name);
            return value == null ? "" : value;
        }
    }

    @Inject
    @RestClient
    RegistrationClient registration;

    FilingView contract(UUID id) {
        return registration.get(id);
    }

    TemplateInstance page(UUID id, FormErrors errors) {
        FilingView contract = registration.get(id);
        return page(contract, FilingForm.of(contract), "", errors, Map.of());
    }

    TemplateInstance page(UUID id, FormErrors errors, Map<String, String> typed) {
        FilingView contract = registration.get(id);
        return page(contract, FilingForm.of(contract), "", errors, typed);
    }

    TemplateInstance page(FilingView contract, FilingForm filing, String reasons, FormErrors errors,
            Map<String, String> typed) {
        UUID id = contract.id();
        Parts parts = new Parts(Section.load(() -> registration.attachments(id)),
                Section.load(() -> registration.precheck(id)), typed, NewFilingForm.rowsOf(contract));
        return Templates.detail(contract, filing, reasons == null ? "" : reasons, errors, parts);
    }
}
