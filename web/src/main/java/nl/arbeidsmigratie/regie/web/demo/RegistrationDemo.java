package nl.arbeidsmigratie.regie.web.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import nl.arbeidsmigratie.regie.registration.api.ContactDetails;
import nl.arbeidsmigratie.regie.registration.api.EditionDetails;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.Editions;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentRequest;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentStatus;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.registration.api.IssueDraft;
import nl.arbeidsmigratie.regie.registration.api.IssueStatus;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.Newsletter;
import nl.arbeidsmigratie.regie.registration.api.PolicyPhase;

/**
 * Registration's demo records ({@code demo/registration.json}): contact persons, a learning-circle edition that
 * ran and closed (its places confirmed, one municipality left on the waiting list) and a newsletter issue, sent
 * once everything is committed if anyone has confirmed a subscription in its language, else ready to send.
 */
@Dependent
public class RegistrationDemo implements DemoPart {

    @Inject
    MunicipalityDirectory directory;

    @Inject
    Editions editions;

    @Inject
    Enrolments enrolments;

    @Inject
    Newsletter newsletter;

    /** The records of {@code demo/registration.json}. */
    public record Records(List<Contacts> contacts, Edition edition, IssueDraft newsletter) {
    }

    /** Contact persons of one municipality. */
    public record Contacts(String municipalityCode, List<ContactDetails> persons) {
    }

    /** An edition that opened {@code openedDaysAgo} and closed yesterday, with its enrolments in order of arrival. */
    public record Edition(String title, String description, String targetGroup, int openedDaysAgo, int capacity,
                          List<Enrolment> enrolments) {
    }

    /** One municipality's enrolment. */
    public record Enrolment(String municipalityCode, String contactName, String contactEmail, PolicyPhase policyPhase,
                            Set<LearningGoal> learningGoals, String bottlenecks) {
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load(DemoClock today) {
        Records records = DemoFiles.read("registration.json", Records.class);
        records.contacts().forEach(c -> c.persons().forEach(person -> directory.addContact(c.municipalityCode(), person)));
        edition(records.edition(), today);
        newsletter.draft(records.newsletter());
    }

    private void edition(Edition e, DemoClock today) {
        EditionView open = editions.create(new EditionDetails(e.title(), e.description(), e.targetGroup(),
                today.daysAgo(e.openedDaysAgo()), today.today(), e.capacity()));
        for (Enrolment enrolment : e.enrolments()) {
            EnrolmentView made = enrolments.enrol(new EnrolmentRequest(open.id(), enrolment.municipalityCode(),
                    enrolment.contactName(), enrolment.contactEmail(), enrolment.policyPhase(),
                    enrolment.learningGoals(), enrolment.bottlenecks(), true));
            if (made.status() == EnrolmentStatus.SUBMITTED) {
                enrolments.confirm(made.id(), made.version());
            }
        }
        EditionView full = editions.find(open.id()).orElseThrow();
        editions.change(full.id(), full.version(), new EditionDetails(e.title(), e.description(), e.targetGroup(),
                full.opensOn(), today.daysAgo(1), e.capacity()));
    }

    @Override
    public void afterCommit() {
        // sent only to someone: on a fresh database the issue waits, ready, for the first confirmed subscriber
        newsletter.issues().stream().filter(issue -> issue.status() == IssueStatus.DRAFT)
                .filter(issue -> newsletter.audience(issue.id()) > 0)
                .forEach(issue -> newsletter.send(issue.id()));
    }
}
