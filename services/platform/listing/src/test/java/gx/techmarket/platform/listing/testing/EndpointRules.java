package gx.techmarket.platform.listing.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * Who may call a listing service's endpoints, as its classes declare it: every endpoint names its roles or asks for
 * a signed-in caller, except the public reads, which are whole resources under {@code /public/}, open with
 * {@code @PermitAll} and read-only. Used as {@code @ArchTest static final ArchTests endpoints =
 * ArchTests.in(EndpointRules.class);} (AnonymousAccess checks the same against the running service).
 */
public final class EndpointRules {

    private EndpointRules() {}

    /** Every endpoint outside the public resources names who may call it. */
    @ArchTest
    public static final ArchRule everyEndpointDeclaresItsRoles = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
            .and().areDeclaredInClassesThat().areNotAnnotatedWith(PermitAll.class).and().arePublic()
            .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(Authenticated.class);

    /** Only a resource under {@code /public/} is open to anyone. */
    @ArchTest
    public static final ArchRule onlyPublicResourcesAreOpen = classes().that().areAnnotatedWith(PermitAll.class)
            .should().beAnnotatedWith(DescribedPredicate.describe("@Path(\"/public/...\")",
                    (JavaAnnotation<?> a) -> a.getRawType().isEquivalentTo(Path.class)
                            && a.get("value").map(v -> v.toString().startsWith("/public/")).orElse(false)));

    /** A public resource only reads. */
    @ArchTest
    public static final ArchRule publicResourcesOnlyRead = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(PermitAll.class).and().arePublic()
            .should().beAnnotatedWith(GET.class);

    /** Openness is declared once per resource, never slipped onto one method of a protected one. */
    @ArchTest
    public static final ArchRule noSingleEndpointIsOpened = noMethods().should().beAnnotatedWith(PermitAll.class);
}
