package gx.techmarket.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import gx.techmarket.portal.bidding.BidForm;
import gx.techmarket.portal.bidding.ChallengeForm;
import gx.techmarket.portal.catalogue.ResultForm;
import gx.techmarket.portal.demand.DemandForm;
import gx.techmarket.portal.directory.OrganisationForm;
import gx.techmarket.portal.directory.QualificationForm;
import gx.techmarket.portal.listing.ListingForm;
import gx.techmarket.portal.registry.BrokeredForm;
import gx.techmarket.portal.registry.FilingForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every limit of a form is the API's: for each input the portal sends to a service, its {@code maxlength} and
 * {@code required} in the template, and the form class's {@code @Size(max)} and {@code @NotBlank}, equal the
 * {@code maxLength} and {@code required} of the property it is sent to in the committed OpenAPI document
 * ({@code contracts/api}, as {@link ClientContractsTest} reads it). A limit raised in a service and not in the portal
 * (or the reverse) would cut text silently or let the user type what the service refuses. Plain JUnit.
 */
class FormLimitsTest {

    private static final Path API = Path.of(System.getProperty("techmarket.repo.dir", "../..")).toAbsolutePath()
            .normalize().resolve("contracts/api");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /**
     * One input: where it is ({@code template}, its {@code id} as written there), the form class's field that holds
     * it (or none), and the API property it is sent as ({@code schema.property}, {@code a.b} into a nested object,
     * {@code a[].b} into an array's items). {@code checkRequired} is false where the API's requirement is not the
     * input's (a row of a table that may stay empty).
     */
    record Input(String template, String id, Class<?> form, String field, String service, String schema,
            String property, boolean checkRequired) {

        @Override
        public String toString() {
            return template + "#" + id + " → " + service + " " + schema + "." + property;
        }
    }

    static List<Input> inputs() {
        return List.of(
                new Input("listing/form.html", "title", ListingForm.class, "title", "catalogue", "ResultRequest",
                        "title", true),
                new Input("ResultPages/form.html", "summary", ResultForm.class, "summary", "catalogue",
                        "ResultRequest", "summary", true),
                new Input("ResultPages/form.html", "trl", ResultForm.class, "trl", "catalogue", "ResultRequest",
                        "trl", true),
                new Input("ResultPages/form.html", "askingPrice", ResultForm.class, "askingPrice", "catalogue",
                        "ResultRequest", "askingPrice", true),
                new Input("listing/detail.html", "reject-reason", null, null, "catalogue", "RejectRequest",
                        "reason", true),
                new Input("ResultPages/detail.html>listing/detail.html", "{retire}-reason", null, null, "catalogue",
                        "WithdrawRequest",
                        "reason", true),
                new Input("listing/form.html", "title", ListingForm.class, "title", "demand", "DemandRequest",
                        "title", true),
                new Input("DemandPages/form.html", "problem", DemandForm.class, "problem", "demand",
                        "DemandRequest", "problem", true),
                new Input("DemandPages/form.html", "budgetMin", DemandForm.class, "budgetMin", "demand",
                        "DemandRequest", "budgetMin", true),
                new Input("DemandPages/form.html", "budgetMax", DemandForm.class, "budgetMax", "demand",
                        "DemandRequest", "budgetMax", true),
                new Input("DemandPages/form.html", "deadline", DemandForm.class, "deadline", "demand",
                        "DemandRequest", "deadline", true),
                new Input("listing/detail.html", "reject-reason", null, null, "demand", "RejectRequest", "reason",
                        true),
                new Input("DemandPages/detail.html>listing/detail.html", "{retire}-reason", null, null, "demand",
                        "CloseRequest", "reason",
                        true),
                // the API takes a demand (技术攻关类) or a result (成果转化类); this form makes the former, so it needs one
                new Input("ChallengePages/form.html", "demandId", ChallengeForm.class, "demandId", "bidding",
                        "ChallengeRequest", "demandId", false),
                new Input("ChallengePages/form.html", "title", ChallengeForm.class, "title", "bidding",
                        "ChallengeRequest", "title", true),
                new Input("ChallengePages/form.html", "deadline", ChallengeForm.class, "deadline", "bidding",
                        "ChallengeRequest", "deadline", true),
                new Input("ChallengePages/detail.html", "price", BidForm.class, "price", "bidding", "BidRequest",
                        "price", true),
                new Input("ChallengePages/detail.html", "planSummary", BidForm.class, "planSummary", "bidding",
                        "BidRequest", "planSummary", true),
                new Input("ChallengePages/detail.html", "durationMonths", BidForm.class, "durationMonths", "bidding",
                        "BidRequest", "durationMonths", true),
                new Input("ContractPages/brokered.html", "resultId", BrokeredForm.class, "resultId", "registry",
                        "BrokeredContractRequest", "resultId", true),
                // an external buyer's name is required only when the broker declares one (BrokeredForm.missing)
                new Input("ContractPages/brokered.html", "buyer-name", BrokeredForm.class, "buyerName", "registry",
                        "BrokeredContractRequest", "buyer.name", false),
                new Input("ContractPages/brokered.html", "title", BrokeredForm.class, "title", "registry",
                        "BrokeredContractRequest", "title", true),
                new Input("ContractPages/detail.html", "totalContractAmount", FilingForm.class,
                        "totalContractAmount", "registry", "SubmitRequest", "totalContractAmount", true),
                new Input("ContractPages/detail.html", "signedOn", FilingForm.class, "signedOn", "registry",
                        "SubmitRequest", "signedOn", true),
                new Input("ContractPages/detail.html", "title", FilingForm.class, "title", "registry",
                        "SubmitRequest", "title", true),
                new Input("ContractPages/detail.html", "nonTechnicalItems-{row.index}-description", null, null,
                        "registry", "SubmitRequest", "nonTechnicalItems[].description", false),
                new Input("OrganisationPages/edit.html", "name", OrganisationForm.class, "name", "directory",
                        "OrganisationEdit", "name", true),
                new Input("OrganisationPages/edit.html", "nameEn", OrganisationForm.class, "nameEn", "directory",
                        "OrganisationEdit", "nameEn", true),
                new Input("OrganisationPages/edit.html", "kind", OrganisationForm.class, "kind", "directory",
                        "OrganisationEdit", "kind", true),
                new Input("OrganisationPages/edit.html", "region", OrganisationForm.class, "region", "directory",
                        "OrganisationEdit", "region", true),
                new Input("OrganisationPages/edit.html", "parentUscc", OrganisationForm.class, "parentUscc",
                        "directory", "OrganisationEdit", "parentUscc", true),
                new Input("OrganisationPages/detail.html", "kind", QualificationForm.class, "kind", "directory",
                        "QualificationRequest", "kind", true),
                new Input("OrganisationPages/detail.html", "number", QualificationForm.class, "number", "directory",
                        "QualificationRequest", "number", true),
                new Input("OrganisationPages/detail.html", "validFrom", QualificationForm.class, "validFrom",
                        "directory", "QualificationRequest", "validFrom", true),
                new Input("OrganisationPages/detail.html", "validTo", QualificationForm.class, "validTo",
                        "directory", "QualificationRequest", "validTo", true),
                new Input("OrganisationPages/reason.html", "{id}", null, null, "directory", "ReasonRequest",
                        "reason", true));
    }

    /**
     * Codes whose length the API fixes by its pattern rather than by {@code maxLength} (统一社会信用代码, 18
     * characters; 行政区划代码, 6 digits): the portal's {@code maxlength} is the pattern's length.
     */
    static final Map<String, Integer> FIXED_BY_PATTERN = Map.of("external-uscc", 18, "buyer-region", 6);

    /**
     * Inputs whose API property has no {@code maxLength} but whose length its pattern or its kind bounds: the
     * region and USCC codes of the directory's edit, a qualification's number ({@code [0-9A-Z][0-9A-Z-]{0,49}}).
     */
    static final Map<String, Integer> BOUNDED_BY_PATTERN = Map.of("OrganisationPages/edit.html#region", 6,
            "OrganisationPages/edit.html#parentUscc", 18, "OrganisationPages/detail.html#number", 50);

    @Test
    void shouldLimitEveryInputAsTheApiDoes() throws IOException {
        Map<String, JsonNode> apis = new HashMap<>();
        List<String> mismatches = new ArrayList<>();
        for (Input input : inputs()) {
            JsonNode api = apis.computeIfAbsent(input.service(), FormLimitsTest::read);
            Property property = Property.of(api, input.schema(), input.property());
            assertThat(property.schema()).as("the API has %s", input).isNotNull();
            Integer apiMax = property.schema().has("maxLength") ? Integer.valueOf(property.schema().get("maxLength").asInt())
                    : BOUNDED_BY_PATTERN.get(input.template() + "#" + input.id());
            Element element = Element.find(input.template(), input.id());
            if (element == null) {
                mismatches.add(input + ": no input with this id in the template");
                continue;
            }
            if (!java.util.Objects.equals(element.maxlength(), apiMax)) {
                mismatches.add(input + ": maxlength " + element.maxlength() + " in the template, maxLength "
                        + apiMax + " in the API");
            }
            if (input.checkRequired() && element.required() != property.required()) {
                mismatches.add(input + ": required " + element.required() + " in the template, "
                        + property.required() + " in the API");
            }
            if (input.form() != null) {
                Field field = field(input.form(), input.field());
                Size size = field.getAnnotation(Size.class);
                Integer formMax = size == null ? null : size.max();
                if (apiMax != null && !apiMax.equals(formMax)
                        && !BOUNDED_BY_PATTERN.containsKey(input.template() + "#" + input.id())) {
                    mismatches.add(input + ": @Size(max=" + formMax + ") on " + input.form().getSimpleName() + "."
                            + input.field() + ", maxLength " + apiMax + " in the API");
                }
                boolean formRequired = field.isAnnotationPresent(NotBlank.class)
                        || field.isAnnotationPresent(NotEmpty.class);
                if (input.checkRequired() && formRequired != property.required()) {
                    mismatches.add(input + ": required " + formRequired + " on " + input.form().getSimpleName()
                            + "." + input.field() + ", " + property.required() + " in the API");
                }
            }
        }
        assertThat(mismatches).as("limits that differ between the portal and contracts/api").isEmpty();
    }

    @Test
    void shouldGiveTheCodesTheLengthOfTheirPattern() throws IOException {
        JsonNode registry = read("registry");
        for (Map.Entry<String, Integer> code : FIXED_BY_PATTERN.entrySet()) {
            Element element = Element.find("ContractPages/brokered.html", code.getKey());
            assertThat(element).as(code.getKey()).isNotNull();
            assertThat(element.maxlength()).as(code.getKey()).isEqualTo(code.getValue());
            // required only when the broker declares a buyer outside the directory (BrokeredForm.missing)
            assertThat(element.required()).as(code.getKey()).isFalse();
        }
        assertThat(registry.at("/components/schemas/Buyer/required").toString()).contains("uscc")
                .doesNotContain("region");
    }

    @Test
    void shouldReadTheTemplatesAsThisTestReliesOnThem() {
        Element tag = Element.parse("{#textarea id='summary' name='summary' maxlength=5000 required=true /}");
        Element html = Element.parse("<input type=\"text\" id=\"title\" name=\"title\" maxlength=\"200\" required"
                + "{#if x} aria-invalid=\"true\"{/if}>");
        Element optional = Element.parse("<input type=\"text\" id=\"x-reason\" name=\"reason\" value=\"{reason}\">");
        assertThat(tag).isEqualTo(new Element("summary", 5000, true));
        assertThat(html).isEqualTo(new Element("title", 200, true));
        assertThat(optional).isEqualTo(new Element("x-reason", null, false));
    }

    /** An input as a template writes it: plain HTML, or the portal's {@code textfield} and {@code textarea} tags. */
    record Element(String id, Integer maxlength, boolean required) {

        private static final Pattern ELEMENTS = Pattern.compile(
                "<(?:input|textarea|select)\\b[^>]*>|\\{#(?:textfield|textarea)\\b.*?/}", Pattern.DOTALL);
        private static final Pattern ID = Pattern.compile("\\bid=(?:\"([^\"]+)\"|'([^']+)')");
        private static final Pattern MAX = Pattern.compile("\\bmaxlength=\"?(\\d+)");
        private static final Pattern REQUIRED = Pattern.compile("\\srequired(?:=true)?(?=[\\s>{/])");

        /**
         * The input in {@code template}; written {@code page.html>shared.html}, the input is in the shared template
         * that the page includes, and a {@code maxlength="{name}"} there is the value the page's {@code {#include}}
         * gives {@code name}.
         */
        static Element find(String template, String id) throws IOException {
            String[] parts = template.split(">");
            String shared = parts[parts.length - 1];
            Matcher elements = ELEMENTS.matcher(Files.readString(TEMPLATES.resolve(shared)));
            while (elements.find()) {
                String markup = elements.group();
                if (parts.length == 2) {
                    markup = bind(markup, Files.readString(TEMPLATES.resolve(parts[0])));
                }
                Element element = parse(markup);
                if (element != null && id.equals(element.id())) {
                    return element;
                }
            }
            return null;
        }

        private static String bind(String markup, String including) {
            Matcher parameter = Pattern.compile("maxlength=\"\\{(\\w+)}\"").matcher(markup);
            if (!parameter.find()) {
                return markup;
            }
            Matcher given = Pattern.compile("\\{#include [^}]*\\b" + parameter.group(1) + "=(\\d+)").matcher(including);
            return given.find() ? markup.replace(parameter.group(), "maxlength=\"" + given.group(1) + "\"") : markup;
        }

        static Element parse(String markup) {
            // the element's own attributes: not those of a nested {#if} block's text, which has none of these
            Matcher id = ID.matcher(markup);
            if (!id.find()) {
                return null;
            }
            Matcher max = MAX.matcher(markup);
            return new Element(id.group(1) != null ? id.group(1) : id.group(2),
                    max.find() ? Integer.valueOf(max.group(1)) : null, REQUIRED.matcher(markup).find());
        }
    }

    /** A property of an API schema, and whether its object requires it. */
    record Property(JsonNode schema, boolean required) {

        static Property of(JsonNode api, String schemaName, String path) {
            JsonNode object = api.at("/components/schemas/" + schemaName);
            String[] steps = path.split("\\.");
            JsonNode property = null;
            boolean required = false;
            for (String step : steps) {
                boolean items = step.endsWith("[]");
                String name = items ? step.substring(0, step.length() - 2) : step;
                object = resolve(api, object);
                property = object.path("properties").path(name);
                required = Stream.of(object.path("required")).flatMap(r -> {
                    List<String> names = new ArrayList<>();
                    r.forEach(n -> names.add(n.asText()));
                    return names.stream();
                }).anyMatch(name::equals);
                object = items ? resolve(api, property.path("items")) : property;
            }
            return new Property(property == null || property.isMissingNode() ? null : resolve(api, property),
                    required);
        }

        private static JsonNode resolve(JsonNode api, JsonNode node) {
            return node.has("$ref") ? api.at(node.get("$ref").asText().substring(1)) : node;
        }
    }

    private static JsonNode read(String service) {
        try {
            return new YAMLMapper().readTree(API.resolve(service + ".openapi.yaml").toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Field field(Class<?> form, String name) {
        for (Class<?> c = form; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException notHere) {
                // the superclass
            }
        }
        throw new AssertionError(form.getSimpleName() + " has no field " + name);
    }
}
