package gx.techmarket.directory.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The people registers' own rules (the service's are PackageRulesTest's). */
@AnalyzeClasses(packages = "gx.techmarket.directory", importOptions = ImportOption.DoNotIncludeTests.class)
class PeopleRulesTest {

    /** The draw and the visibility rules are plain Java, unit-tested without Quarkus. */
    @ArchTest
    static final ArchRule drawAndVisibilityArePlain = noClasses()
            .that().haveSimpleName("PanelDraw").or().haveSimpleName("Visibility").or().haveSimpleName("RelationKind")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                    "org.apache.kafka..", "gx.techmarket.platform.messaging..", "io.quarkus..");

    /**
     * The people registers write to no outbox themselves (a broker's facts go out through DirectoryEvents, the one
     * writer) and know nothing of the seed; the organisations know nothing of them.
     */
    @ArchTest
    static final ArchRule peopleKnowNeitherSeedNorOutbox = noClasses()
            .that().resideInAPackage("..directory.people..")
            .should().dependOnClassesThat().resideInAnyPackage("..directory.seed..",
                    "gx.techmarket.platform.messaging..");

    @ArchTest
    static final ArchRule organisationsDoNotKnowPeople = noClasses()
            .that().resideInAPackage("..directory.organisation..")
            .should().dependOnClassesThat().resideInAPackage("..directory.people..");
}
