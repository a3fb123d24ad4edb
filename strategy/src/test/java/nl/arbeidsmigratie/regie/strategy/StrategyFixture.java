package nl.arbeidsmigratie.regie.strategy;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.arbeidsmigratie.regie.registration.api.AccountAdministration;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.EditionDetails;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.Editions;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentRequest;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.NewAccount;
import nl.arbeidsmigratie.regie.registration.api.PolicyPhase;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.strategy.api.DocumentKind;
import nl.arbeidsmigratie.regie.strategy.api.DocumentView;
import nl.arbeidsmigratie.regie.strategy.api.NewDocument;
import nl.arbeidsmigratie.regie.strategy.api.SectionView;
import nl.arbeidsmigratie.regie.strategy.api.StrategyDocuments;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;

/** The accounts, enrolments and documents strategy's tests start from; every call makes its own. */
@Dependent
public class StrategyFixture {

    public static final String WESTLAND = "GM1783";
    public static final String ROTTERDAM = "GM0599";
    public static final String OFFICER = DEMO_OFFICER.email();
    public static final String COORDINATOR = DEMO_COORDINATOR.email();

    @Inject
    AccountAdministration administration;

    @Inject
    Editions editions;

    @Inject
    Enrolments enrolments;

    @Inject
    StrategyDocuments documents;

    /** A new officer of {@code code}, as a coordinator creates one. */
    public AccountView officerOf(String code) throws Exception {
        return account(Role.OFFICER, code, "nl");
    }

    /** A new account, as a coordinator creates one; {@code code} is the municipality of an officer. */
    public AccountView account(Role role, String code, String language) throws Exception {
        String email = role.name().toLowerCase() + "-" + (code == null ? "" : code.toLowerCase()) + "-"
                + UUID.randomUUID() + "@strategy.example";
        return TestCaller.as(COORDINATOR, () -> administration.create(
                new NewAccount(email, "Account " + role + " " + code, role, code, language)));
    }

    /** Westland's enrolment in a new edition open today. */
    public EnrolmentView westlandEnrolment(Set<LearningGoal> goals, String bottlenecks) throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        EditionView edition = TestCaller.as(COORDINATOR, () -> editions.create(new EditionDetails(
                "Leerkring strategie " + UUID.randomUUID(), "Vier bijeenkomsten.", "Gemeenten",
                today.minusDays(1), today.plusDays(30), 50)));
        return TestCaller.as(OFFICER, () -> enrolments.enrol(new EnrolmentRequest(edition.id(), WESTLAND,
                "Contactpersoon Westland", "westland-" + UUID.randomUUID() + "@strategy.example",
                PolicyPhase.VISION_IN_DEVELOPMENT, goals, bottlenecks, true)));
    }

    public DocumentView westlandDraft(String title) throws Exception {
        return TestCaller.as(OFFICER, () -> documents.create(new NewDocument(DocumentKind.VISION, title, WESTLAND,
                null, Set.of(PolicyField.HOUSING))));
    }

    public static SectionView section(DocumentView document, LearningGoal goal) {
        return document.sections().stream().filter(s -> s.goal() == goal).findFirst().orElseThrow();
    }
}
