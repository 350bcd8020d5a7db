package gx.techmarket.notification.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import gx.techmarket.platform.testing.ServiceRules;

@AnalyzeClasses(packages = "gx.techmarket.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    /** Notices know nothing of where their events come from, nor of the reminder job that uses them. */
    @ArchTest
    static final ArchRule noticesDoNotKnowTheirSources = noClasses().that().resideInAPackage("..notification.notice..")
            .should().dependOnClassesThat().resideInAnyPackage("..notification.events..",
                    "..notification.deadline..", "..notification.announcement..");

    /** Mail is a channel: it knows addresses and texts, not notices (kinds travel as names). */
    @ArchTest
    static final ArchRule mailDoesNotKnowNotices = noClasses().that().resideInAPackage("..notification.mail..")
            .should().dependOnClassesThat().resideInAnyPackage("..notification.notice..",
                    "..notification.deadline..", "..notification.events..", "..notification.announcement..");

    /** Announcements stand alone. */
    @ArchTest
    static final ArchRule announcementsStandAlone = noClasses()
            .that().resideInAPackage("..notification.announcement..")
            .should().dependOnClassesThat().resideInAnyPackage("..notification.notice..", "..notification.mail..",
                    "..notification.deadline..", "..notification.events..");

    /** The rules are plain Java: no HTTP, Kafka, database or messaging library. */
    @ArchTest
    static final ArchRule rulesArePlain = noClasses()
            .that().haveSimpleName("NotificationRules").or().haveSimpleName("Reminder").or().haveSimpleName("MailText")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                    "org.apache.kafka..", "gx.techmarket.platform.messaging..", "io.quarkus..");

    /** Time comes from the injected Clock (MarketClock's unless a test brings its own): never the system clock. */
    @ArchTest
    static final ArchRule noSystemClockInTheService = noClasses()
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC");

    /** The layering every service keeps: HTTP only in resources, Kafka only in consumers. */
    @ArchTest
    static final ArchTests service = ArchTests.in(ServiceRules.class);
}
