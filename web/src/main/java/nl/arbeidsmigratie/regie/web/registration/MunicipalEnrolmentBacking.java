package nl.arbeidsmigratie.regie.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.web.faces.AskedMunicipality;
import nl.arbeidsmigratie.regie.web.faces.CurrentEdition;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LayoutBacking;

/**
 * The learning circle's part of a municipality's overview: its latest enrolment in the current edition, for the
 * coordinator and for the municipality's own officers; auditors take no part in the circle.
 */
@Named
@RequestScoped
public class MunicipalEnrolmentBacking {

    @Inject
    AskedMunicipality asked;

    @Inject
    Enrolments enrolments;

    @Inject
    CurrentEdition currentEdition;

    @Inject
    LayoutBacking layout;

    private EditionView edition;
    private EnrolmentView enrolment;

    @PostConstruct
    void load() {
        String code = asked.getCode();
        if (code == null || layout.isAuditor()) {
            return;
        }
        edition = currentEdition.get().orElse(null);
        if (edition != null) {
            FacadeCalls.attempt(() -> {
                List<EnrolmentView> seen = layout.isCoordinator() ? enrolments.list(edition.id(), Set.of())
                        : enrolments.own();
                enrolment = seen.stream().filter(e -> e.editionId() == edition.id()
                                && code.equals(e.municipalityCode()))
                        .max(Comparator.comparing(EnrolmentView::submittedAt)).orElse(null);
            });
        }
    }

    public EditionView getEdition() {
        return edition;
    }

    public EnrolmentView getEnrolment() {
        return enrolment;
    }

    /** Read before the page's messages are written, so that a refusal of a part is among them. */
    public boolean isReady() {
        return true;
    }
}
