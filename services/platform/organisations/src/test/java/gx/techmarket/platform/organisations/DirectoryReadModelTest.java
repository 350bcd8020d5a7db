package gx.techmarket.platform.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.DomainEvent;
import gx.techmarket.contracts.events.EventCatalog;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Organisation;
import gx.techmarket.contracts.events.OrganisationChanged;
import gx.techmarket.contracts.events.OrganisationSuspended;
import gx.techmarket.contracts.events.OrganisationVerified;
import gx.techmarket.contracts.events.QualificationExpired;
import gx.techmarket.contracts.events.QualificationGranted;
import gx.techmarket.contracts.events.QualificationKind;
import gx.techmarket.contracts.events.RegistrationPointClosed;
import gx.techmarket.contracts.events.RegistrationPointOpened;
import gx.techmarket.platform.domain.Relation;
import gx.techmarket.platform.messaging.CloudEventHeaders;
import gx.techmarket.platform.security.OrganisationLookup;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.DirectoryFixtures;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Topics;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The read model fed through the real consumer from the test broker, as a service keeps it. The fixture
 * organisations are known before the first test (platform/testing's KnownOrganisationsAtStartup), as in every
 * service's tests.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class,
        initArgs = @ResourceArg(name = "database", value = "organisations"))
class DirectoryReadModelTest {

    private static final String TOPIC = "directory.organisations.v1";

    @Inject
    Directory directory;

    @Inject
    DirectoryReadModel model;

    @Inject
    OrganisationLookup lookup;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theFixturesAreKnownWithTheirGroupAndPoints() {
        assertThat(directory.verifiedParty(Orgs.GUILIN_SUGAR.uscc())).contains(Orgs.GUILIN_SUGAR);
        assertThat(lookup.verified(Orgs.GX_TECH_TRANSFER.uscc())).contains(Orgs.GX_TECH_TRANSFER);
        assertThat(lookup.verified("91450100MA5UNKNOWN")).isEmpty();
        assertThat(directory.relation(Orgs.GUILIN_SUGAR.uscc(), Orgs.GX_SUGAR_GROUP.uscc()))
                .isEqualTo(Relation.DESCENDANT);
        assertThat(directory.relation(Orgs.GX_SUGAR_GROUP.uscc(), Orgs.GUILIN_SUGAR.uscc()))
                .isEqualTo(Relation.ANCESTOR);
        assertThat(directory.relation(Orgs.NANNING_SUGAR.uscc(), Orgs.GUILIN_SUGAR.uscc()))
                .isEqualTo(Relation.SAME_GROUP);
        assertThat(directory.relation(Orgs.GX_SUGAR_TECH_SERVICE.uscc(), Orgs.GUILIN_SUGAR.uscc()))
                .isEqualTo(Relation.SAME_GROUP);
        assertThat(directory.relation(Orgs.GX_TECH_TRANSFER.uscc(), Orgs.GUILIN_SUGAR.uscc()))
                .isEqualTo(Relation.UNRELATED);
        assertThat(directory.openRegistrationPoint(Orgs.LIUZHOU_REGISTRY.uscc()))
                .hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("0201"));
        assertThat(directory.openRegistrationPoint(Orgs.GX_SUGAR_GROUP.uscc())).isEmpty();
    }

    @Test
    void factsAreAnsweredAsOfTheInstantTheDirectoryGaveThem() {
        String uscc = "91450100MA5W1C8P3F";
        Instant verified = Instant.parse("2026-02-01T00:00:00Z");
        Instant joinedGroup = Instant.parse("2026-05-01T00:00:00Z");
        Instant suspended = Instant.parse("2026-09-01T00:00:00Z");
        Organisation alone = new Organisation(uscc, "南宁甘蔗机械有限公司", null, OrgKind.ENTERPRISE, "450100", null);
        Organisation inGroup = new Organisation(uscc, "南宁桂糖甘蔗机械有限公司", "Nanning Guitang Cane Machinery",
                OrgKind.ENTERPRISE, "450103", Orgs.GX_SUGAR_GROUP.uscc());

        DirectoryFixtures.publish(dataSource, new OrganisationVerified(alone, verified),
                new OrganisationChanged(inGroup, List.of("name", "nameEn", "region", "parentUscc"), joinedGroup),
                new OrganisationSuspended(uscc, inGroup.name(), "营业执照吊销", suspended));

        assertThat(directory.asOf(uscc, verified.minusSeconds(1))).isEmpty();
        assertThat(directory.asOf(uscc, verified.plusSeconds(1))).hasValueSatisfying(f -> {
            assertThat(f.parentUscc()).isNull();
            assertThat(f.region()).isEqualTo("450100");
        });
        assertThat(directory.relationAsOf(uscc, Orgs.GUILIN_SUGAR.uscc(), joinedGroup.minusSeconds(1)))
                .isEqualTo(Relation.UNRELATED);
        assertThat(directory.relationAsOf(uscc, Orgs.GUILIN_SUGAR.uscc(), joinedGroup))
                .isEqualTo(Relation.SAME_GROUP);
        assertThat(directory.asOf(uscc, suspended.minusSeconds(1))).hasValueSatisfying(f -> {
            assertThat(f.verified()).isTrue();
            assertThat(f.name()).isEqualTo("南宁桂糖甘蔗机械有限公司");
        });
        assertThat(directory.current(uscc)).hasValueSatisfying(f -> {
            assertThat(f.status()).isEqualTo(OrganisationStatus.SUSPENDED);
            assertThat(f.parentUscc()).isEqualTo(Orgs.GX_SUGAR_GROUP.uscc());
        });
        assertThat(directory.verifiedParty(uscc)).as("a suspended organisation cannot act").isEmpty();
        assertThat(lookup.verified(uscc)).isEmpty();
    }

    @Test
    void qualificationsAndPointsFollowTheirEvents() {
        String uscc = Orgs.LIUZHOU_AUTO_PARTS.uscc();
        UUID highTech = UUID.randomUUID();
        DirectoryFixtures.publish(dataSource,
                new QualificationGranted(uscc, new gx.techmarket.contracts.events.Qualification(highTech,
                        QualificationKind.HIGH_TECH_ENTERPRISE, "GR202445000321", LocalDate.of(2024, 12, 1),
                        LocalDate.of(2027, 11, 30)), Instant.parse("2025-01-02T00:00:00Z")),
                new QualificationExpired(uscc, highTech, QualificationKind.HIGH_TECH_ENTERPRISE,
                        LocalDate.of(2026, 6, 30), "经复核取消高新技术企业资格"));

        assertThat(directory.qualificationsOn(uscc, LocalDate.of(2026, 6, 30))).extracting(Qualification::number)
                .containsExactly("GR202445000321");
        assertThat(directory.qualificationsOn(uscc, LocalDate.of(2026, 7, 1))).isEmpty();
        assertThat(directory.qualificationsOn(uscc, LocalDate.of(2024, 11, 30))).isEmpty();

        String beihai = "12450500MA5X2Q7R4R";
        DirectoryFixtures.publish(dataSource,
                new RegistrationPointOpened(beihai, "北海市技术合同登记站", "450500", "0501",
                        Instant.parse("2026-01-01T00:00:00Z")),
                new RegistrationPointClosed(beihai, "0501", "并入市科技成果转化服务中心",
                        Instant.parse("2026-10-01T00:00:00Z")));
        assertThat(directory.registrationPoint(beihai)).hasValueSatisfying(p -> assertThat(p.open()).isFalse());
        assertThat(directory.openRegistrationPoint(beihai)).isEmpty();
    }

    @Test
    void replayingTheTopicFromOffsetZeroRebuildsTheSameReadModel() {
        DirectoryFixtures.publish(dataSource, new OrganisationChanged(new Organisation(Orgs.GXAS.uscc(),
                Orgs.GXAS.name(), "Guangxi Academy of Sciences", OrgKind.INSTITUTE, "450103", null),
                List.of("nameEn", "region"), Instant.parse("2026-03-01T00:00:00Z")));
        List<Object> before = snapshot();
        List<ConsumerRecord<String, String>> records = Topics.readAll(TOPIC, Duration.ofSeconds(5), r -> false);
        assertThat(records).isNotEmpty();

        QuarkusTransaction.requiringNew().run(() -> {
            Db.update(dataSource, "delete from directory_organisation");
            Db.update(dataSource, "delete from directory_qualification");
            Db.update(dataSource, "delete from directory_registration_point");
            for (ConsumerRecord<String, String> r : records) {
                String type = Topics.header(r, CloudEventHeaders.TYPE);
                DomainEvent event = EventJson.fromJson(EventCatalog.byType(type).orElseThrow(), r.value());
                apply(event);
            }
        });

        assertThat(snapshot()).isEqualTo(before);
    }

    private void apply(DomainEvent event) {
        if (event instanceof OrganisationVerified e) {
            model.verified(e);
        } else if (event instanceof OrganisationChanged e) {
            model.changed(e);
        } else if (event instanceof OrganisationSuspended e) {
            model.suspended(e);
        } else if (event instanceof QualificationGranted e) {
            model.qualificationGranted(e);
        } else if (event instanceof QualificationExpired e) {
            model.qualificationExpired(e);
        } else if (event instanceof RegistrationPointOpened e) {
            model.pointOpened(e);
        } else if (event instanceof RegistrationPointClosed e) {
            model.pointClosed(e);
        } else {
            throw new IllegalArgumentException("not a directory event: " + event);
        }
    }

    private List<Object> snapshot() {
        return List.of(
                Db.column(dataSource, "select concat_ws('|', uscc, valid_from, name, name_en, kind, region,"
                        + " parent_uscc, status) from directory_organisation order by uscc, valid_from"),
                Db.column(dataSource, "select concat_ws('|', id, uscc, kind, number, valid_from, valid_to,"
                        + " expired_on, reason) from directory_qualification order by id"),
                Db.column(dataSource, "select concat_ws('|', uscc, name, region, code, open, opened_at, closed_at)"
                        + " from directory_registration_point order by uscc"));
    }
}
