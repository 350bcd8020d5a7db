package gx.techmarket.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import gx.techmarket.portal.bidding.BiddingClient;
import gx.techmarket.portal.bidding.PublicChallengesClient;
import gx.techmarket.portal.catalogue.CatalogueClient;
import gx.techmarket.portal.catalogue.PublicResultsClient;
import gx.techmarket.portal.demand.DemandClient;
import gx.techmarket.portal.demand.PublicDemandsClient;
import gx.techmarket.portal.directory.DirectoryClient;
import gx.techmarket.portal.notification.AnnouncementClient;
import gx.techmarket.portal.notification.NotificationClient;
import gx.techmarket.portal.onboarding.OnboardingClient;
import gx.techmarket.portal.registry.RegistryClient;
import gx.techmarket.portal.subsidy.SubsidyClient;
import gx.techmarket.portal.subsidy.assessment.AssessmentClient;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The portal's side of each service's API (a consumer contract), against the committed OpenAPI documents in
 * {@code contracts/api}: every endpoint a REST client calls exists; every record the client reads names only
 * properties the provider's schema has, with a compatible type; every body it sends has the request schema's
 * required properties and no other. A provider that renames or drops what the portal reads fails here, before a page
 * shows an empty cell. Plain JUnit: no Quarkus, no service.
 */
class ClientContractsTest {

    private static final java.nio.file.Path API = java.nio.file.Path.of(
            System.getProperty("techmarket.repo.dir", "../..")).toAbsolutePath().normalize().resolve("contracts/api");

    static Stream<Arguments> clients() {
        return Stream.of(Arguments.of("catalogue", CatalogueClient.class), Arguments.of("demand", DemandClient.class),
                Arguments.of("bidding", BiddingClient.class), Arguments.of("registry", RegistryClient.class),
                Arguments.of("subsidy", SubsidyClient.class),
                Arguments.of("subsidy", AssessmentClient.class), Arguments.of("catalogue", PublicResultsClient.class),
                Arguments.of("demand", PublicDemandsClient.class), Arguments.of("bidding", PublicChallengesClient.class),
                Arguments.of("bidding", gx.techmarket.portal.bidding.evaluation.EvaluationClient.class),
                Arguments.of("notification", NotificationClient.class),
                Arguments.of("notification", AnnouncementClient.class),
                Arguments.of("directory", DirectoryClient.class),
                Arguments.of("directory", OnboardingClient.class),
                Arguments.of("registry", gx.techmarket.portal.registry.RegistrationClient.class),
                Arguments.of("subsidy", gx.techmarket.portal.subsidy.claim.ClaimClient.class),
                Arguments.of("subsidy", gx.techmarket.portal.voucher.VoucherClient.class),
                Arguments.of("subsidy", gx.techmarket.portal.subsidy.programmes.ProgrammesClient.class),
                Arguments.of("subsidy", gx.techmarket.portal.subsidy.payment.PaymentClient.class),
                Arguments.of("bidding", gx.techmarket.portal.bidding.call.OpsClient.class),
                Arguments.of("bidding", gx.techmarket.portal.bidding.call.PublicCallsClient.class),
                // the bidder's workbench and the 揭榜协议 (issue 17, P3)
                Arguments.of("bidding", gx.techmarket.portal.bidding.bid.BidClient.class),
                Arguments.of("bidding", gx.techmarket.portal.bidding.agreement.AgreementClient.class),
                // 意向洽谈 (issue 18)
                Arguments.of("matching", gx.techmarket.portal.matching.MatchingClient.class),
                // 统计分析 (issue 19)
                Arguments.of("statistics", gx.techmarket.portal.statistics.StatisticsClient.class),
                Arguments.of("catalogue", gx.techmarket.portal.edition.ResultEditionsClient.class),
                Arguments.of("demand", gx.techmarket.portal.edition.DemandEditionsClient.class));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("clients")
    void shouldReadAndSendOnlyWhatTheProviderDescribes(String service, Class<?> client) throws IOException {
        Contract contract = new Contract(new YAMLMapper().readTree(API.resolve(service + ".openapi.yaml").toFile()));

        List<String> problems = contract.check(client);

        assertThat(problems).as("%s against contracts/api/%s.openapi.yaml", client.getSimpleName(), service)
                .isEmpty();
    }

    @Test
    void shouldCatchAPropertyTheProviderDoesNotHave() throws IOException {
        JsonNode api = new YAMLMapper().readTree("""
                paths:
                  /things/{id}:
                    get:
                      responses:
                        "200":
                          content:
                            application/json:
                              schema: {$ref: "#/components/schemas/Thing"}
                    put:
                      requestBody:
                        content:
                          application/json:
                            schema: {type: object, required: [name, size], properties: {name: {type: string}, size: {type: integer}}}
                      responses:
                        "200":
                          content:
                            application/json:
                              schema: {}
                  /things/{id}/archive:
                    post:
                      responses:
                        "200":
                          content:
                            application/json:
                              schema: {}
                  /things/{id}/paint:
                    post:
                      requestBody:
                        content:
                          application/json:
                            schema: {type: object, properties: {colour: {type: string}}}
                      responses:
                        "200":
                          content:
                            application/json:
                              schema: {}
                components:
                  schemas:
                    Thing: {type: object, properties: {id: {type: string}, name: {type: integer}}}
                """);

        List<String> problems = new Contract(api).check(ThingClient.class);

        assertThat(problems).containsExactlyInAnyOrder(
                "GET /things/{id} reads Thing.name as class java.lang.String but the schema says [integer]",
                "GET /things/{id} reads Thing.colour, which the schema does not have",
                "PUT /things/{id} sends Rename.nickname, which the schema does not have",
                "PUT /things/{id} does not send the required size",
                "POST /things/{id}/paint sends Rename.name, which the schema does not have",
                "POST /things/{id}/paint sends Rename.nickname, which the schema does not have");
    }

    record Thing(String id, String name, String colour) {}

    record Rename(String name, String nickname) {}

    @Path("/things")
    interface ThingClient {
        @jakarta.ws.rs.GET
        @Path("/{id}")
        Thing get(@jakarta.ws.rs.PathParam("id") String id);

        @jakarta.ws.rs.PUT
        @Path("/{id}")
        Thing rename(@jakarta.ws.rs.PathParam("id") String id, Rename rename);

        @jakarta.ws.rs.POST
        @Path("/{id}/{action}")
        Thing act(@jakarta.ws.rs.PathParam("id") String id, @jakarta.ws.rs.PathParam("action") String action);

        @jakarta.ws.rs.POST
        @Path("/{id}/{action}")
        Thing act(@jakarta.ws.rs.PathParam("id") String id, @jakarta.ws.rs.PathParam("action") String action,
                Rename rename);
    }

    /** One service's OpenAPI document and the checks of a client against it. */
    private record Contract(JsonNode api) {

        List<String> check(Class<?> client) {
            List<String> problems = new ArrayList<>();
            Map<TypeVariable<?>, Type> bound = bindings(client);
            Set<Class<?>> described = new HashSet<>();
            List<Method> untyped = new ArrayList<>();
            for (Method method : client.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Map<String, JsonNode> operations = operations(verb, path(client, method), sendsABody(method));
                if (operations.isEmpty()) {
                    problems.add(verb + " " + path(client, method) + " is not in the provider's API");
                }
                Type read = resolve(method.getGenericReturnType(), bound);
                for (Map.Entry<String, JsonNode> operation : operations.entrySet()) {
                    String where = verb + " " + operation.getKey();
                    for (Parameter parameter : method.getParameters()) {
                        if (isBody(parameter)) {
                            JsonNode schema = operation.getValue().at("/requestBody/content/application~1json/schema");
                            sends(where, resolve(parameter.getParameterizedType(), bound), schema, problems);
                        }
                    }
                    JsonNode answer = response(operation.getValue());
                    if (answer.isMissingNode() || deref(answer).isEmpty()) {
                        untyped.add(method);
                    } else {
                        reads(where, read, answer, Map.of(), problems);
                        described.add(element(read));
                    }
                }
            }
            for (Method method : untyped) {
                Class<?> read = element(resolve(method.getGenericReturnType(), bound));
                if (read == void.class || read == Void.class) {
                    continue; // an answer without content (204): nothing is read
                }
                if (read == jakarta.ws.rs.core.Response.class) {
                    continue; // a file passed on as bytes (an edition's .xlsx or PDF): no JSON is read
                }
                if (!described.contains(read)) {
                    problems.add(verb(method) + " " + path(client, method) + " reads " + read.getSimpleName()
                            + ", which no typed answer of the provider describes");
                }
            }
            return problems;
        }

        private void reads(String where, Type type, JsonNode schema, Map<TypeVariable<?>, Type> bound,
                List<String> problems) {
            JsonNode s = deref(schema);
            Type t = type instanceof TypeVariable<?> v && bound.containsKey(v) ? bound.get(v) : type;
            Class<?> c = raw(t);
            if (c.isRecord()) {
                Map<TypeVariable<?>, Type> inner = new HashMap<>(bound);
                if (t instanceof ParameterizedType p) {
                    for (int i = 0; i < c.getTypeParameters().length; i++) {
                        inner.put(c.getTypeParameters()[i], p.getActualTypeArguments()[i]);
                    }
                }
                for (RecordComponent component : c.getRecordComponents()) {
                    JsonNode property = s.path("properties").path(jsonName(component));
                    if (property.isMissingNode()) {
                        problems.add(where + " reads " + c.getSimpleName() + "." + component.getName()
                                + ", which the schema does not have");
                    } else {
                        reads(where + " reads " + c.getSimpleName() + "." + component.getName(),
                                component.getGenericType(), property, inner, problems);
                    }
                }
            } else if (List.class.isAssignableFrom(c)) {
                if (!types(s).contains("array")) {
                    problems.add(where + " reads a list but the schema says " + types(s));
                } else {
                    Type item = ((ParameterizedType) t).getActualTypeArguments()[0];
                    reads(where, item, s.path("items"), bound, problems);
                }
            } else if (Map.class.isAssignableFrom(c)) {
                if (!types(s).contains("object")) {
                    problems.add(where + " reads a map but the schema says " + types(s));
                } else if (s.path("additionalProperties").isObject()) {
                    Type value = ((ParameterizedType) t).getActualTypeArguments()[1];
                    reads(where + " values", value, s.path("additionalProperties"), bound, problems);
                }
            } else if (c == Object.class) {
                // any JSON value (a history entry's before and after): nothing to compare
                return;
            } else if (!types(s).contains(jsonType(c))) {
                problems.add(where + " as " + c + " but the schema says " + types(s));
            }
        }

        /** The component's name on the wire: its {@code @JsonProperty} name (e.g. a Java keyword), else its own. */
        private static String jsonName(RecordComponent component) {
            com.fasterxml.jackson.annotation.JsonProperty renamed =
                    component.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            if (renamed == null && component.getAccessor() != null) {
                renamed = component.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            }
            return renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
        }

        private void sends(String where, Type type, JsonNode schema, List<String> problems) {
            JsonNode s = deref(schema);
            Class<?> c = raw(type);
            if (!c.isRecord()) {
                if (List.class.isAssignableFrom(c)) {
                    sends(where, ((ParameterizedType) type).getActualTypeArguments()[0], s.path("items"), problems);
                } else if (Map.class.isAssignableFrom(c)) {
                    if (!types(s).contains("object")) {
                        problems.add(where + " sends a map but the schema says " + types(s));
                    }
                } else if (!types(s).contains(jsonType(c))) {
                    problems.add(where + " sends " + c + " but the schema says " + types(s));
                }
                return;
            }
            Set<String> names = new HashSet<>();
            for (RecordComponent component : c.getRecordComponents()) {
                names.add(jsonName(component));
                JsonNode property = s.path("properties").path(jsonName(component));
                if (property.isMissingNode()) {
                    problems.add(where + " sends " + c.getSimpleName() + "." + component.getName()
                            + ", which the schema does not have");
                } else {
                    sends(where, component.getGenericType(), property, problems);
                }
            }
            for (JsonNode required : s.path("required")) {
                if (!names.contains(required.asText())) {
                    problems.add(where + " does not send the required " + required.asText());
                }
            }
        }

        /**
         * The provider's operations a client method calls, by path. A method whose path ends in {@code {action}} (an
         * action by its name) calls every action endpoint there: those with a body if it sends one, the others if not
         * (an upload there is not an action).
         */
        private Map<String, JsonNode> operations(String verb, String path, boolean body) {
            boolean byName = path.contains("{action}");
            String wanted = (byName ? path.replace("{action}", "ACTION") : path).replaceAll("\\{[^}]*}", "{}");
            Map<String, JsonNode> found = new java.util.TreeMap<>();
            var paths = api.path("paths").fields();
            while (paths.hasNext()) {
                var entry = paths.next();
                String shape = entry.getKey().replaceAll("\\{[^}]*}", "{}");
                JsonNode operation = entry.getValue().path(verb.toLowerCase());
                boolean matches = byName
                        ? shape.matches(java.util.regex.Pattern.quote(wanted).replace("ACTION", "\\E[^/{}]+\\Q"))
                                && operation.has("requestBody") == body && !takesAFile(operation)
                        : shape.equals(wanted);
                if (matches && !operation.isMissingNode()) {
                    found.put(entry.getKey(), operation);
                }
            }
            return found;
        }

        /** An upload (multipart: an attachment, a spreadsheet) is no action by name, whatever its path. */
        private static boolean takesAFile(JsonNode operation) {
            return !operation.at("/requestBody/content/multipart~1form-data").isMissingNode();
        }

        private static JsonNode response(JsonNode operation) {
            for (String status : List.of("200", "201")) {
                JsonNode schema = operation.at("/responses/" + status + "/content/application~1json/schema");
                if (!schema.isMissingNode()) {
                    return schema;
                }
            }
            return operation.at("/missing");
        }

        private JsonNode deref(JsonNode schema) {
            String ref = schema.path("$ref").asText("");
            return ref.startsWith("#/") ? deref(api.at(ref.substring(1))) : schema;
        }

        private static Set<String> types(JsonNode schema) {
            JsonNode type = schema.path("type");
            Set<String> types = new HashSet<>();
            if (type.isArray()) {
                type.forEach(t -> types.add(t.asText()));
            } else if (type.isTextual()) {
                types.add(type.asText());
            } else if (schema.has("properties")) {
                types.add("object");
            } else if (schema.has("enum")) {
                types.add("string");
            }
            return types;
        }

        private static String jsonType(Class<?> c) {
            if (c == String.class || c == UUID.class || c == Instant.class || c == LocalDate.class) {
                return "string";
            }
            if (c == BigDecimal.class) {
                return "number";
            }
            if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
                return "integer";
            }
            if (c == boolean.class || c == Boolean.class) {
                return "boolean";
            }
            return "unknown " + c.getName();
        }
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String path(Class<?> client, Method method) {
        Path base = client.getAnnotation(Path.class);
        Path own = method.getAnnotation(Path.class);
        return (base == null ? "" : base.value()) + (own == null ? "" : own.value());
    }

    private static boolean sendsABody(Method method) {
        return java.util.Arrays.stream(method.getParameters()).anyMatch(ClientContractsTest::isBody);
    }

    private static boolean isBody(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (annotation.annotationType().getPackageName().equals("jakarta.ws.rs")) {
                return false;
            }
        }
        return true;
    }

    /** The type arguments a client gives the generic interfaces it extends (a listing client's view and request). */
    private static Map<TypeVariable<?>, Type> bindings(Class<?> client) {
        Map<TypeVariable<?>, Type> bound = new HashMap<>();
        for (Type parent : client.getGenericInterfaces()) {
            if (parent instanceof ParameterizedType p) {
                TypeVariable<?>[] variables = ((Class<?>) p.getRawType()).getTypeParameters();
                for (int i = 0; i < variables.length; i++) {
                    bound.put(variables[i], p.getActualTypeArguments()[i]);
                }
            }
        }
        return bound;
    }

    private static Type resolve(Type type, Map<TypeVariable<?>, Type> bound) {
        if (type instanceof TypeVariable<?> v && bound.containsKey(v)) {
            return bound.get(v);
        }
        if (type instanceof ParameterizedType p) {
            Type[] arguments = p.getActualTypeArguments().clone();
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = resolve(arguments[i], bound);
            }
            return new Resolved((Class<?>) p.getRawType(), arguments);
        }
        return type;
    }

    /** The record a call reads: the type itself, or a list's element. */
    private static Class<?> element(Type type) {
        return List.class.isAssignableFrom(raw(type))
                ? element(((ParameterizedType) type).getActualTypeArguments()[0]) : raw(type);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("no class for " + type);
    }

    /** A parameterised type with its type variables replaced ({@code List<V>} → {@code List<ResultView>}). */
    private record Resolved(Class<?> rawType, Type[] actualTypeArguments) implements ParameterizedType {

        @Override
        public Type[] getActualTypeArguments() {
            return actualTypeArguments;
        }

        @Override
        public Type getRawType() {
            return rawType;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    }
}
