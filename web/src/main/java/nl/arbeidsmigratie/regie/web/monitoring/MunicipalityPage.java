package nl.arbeidsmigratie.regie.web.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityQuery;
import nl.arbeidsmigratie.regie.registration.api.MunicipalitySort;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.web.faces.DateTimes;
import nl.arbeidsmigratie.regie.web.faces.LayoutBacking;
import org.omnifaces.util.Faces;

/**
 * A monitoring page about one municipality at a time, "as known on" a chosen moment: officers see their own,
 * coordinators and auditors choose any (Westland first). Whether the page offers writing mirrors the facades'
 * rule, which decides in the end.
 */
public abstract class MunicipalityPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SHOWN_FIRST = "GM1783";
    private static final Pattern ASKED = Pattern.compile("GM[0-9]{4}");

    @Inject
    MunicipalityDirectory directory;

    @Inject
    LayoutBacking layout;

    private MunicipalityView municipality;
    private LocalDateTime asKnownOn;
    private boolean mayWrite;
    private String askedElsewhere;

    @PostConstruct
    void showFirst() {
        AccountView account = layout.getAccount();
        // A link may name the municipality to show (?municipality=GM0503), e.g. from the home page.
        String asked = Faces.getRequestParameter("municipality");
        Optional<MunicipalityView> named = asked != null && ASKED.matcher(asked).matches() ? directory.find(asked)
                : Optional.empty();
        if (account.role() == Role.OFFICER) {
            // a link a coordinator passed on shows the officer's own municipality, and says so
            askedElsewhere = named.filter(other -> !other.code().equals(account.municipalityCode()))
                    .map(MunicipalityView::name).orElse(null);
            show(account.municipalityCode());
            return;
        }
        show(named.map(MunicipalityView::code).orElse(SHOWN_FIRST));
    }

    private void show(String code) {
        municipality = directory.find(code).orElseThrow();
        AccountView account = layout.getAccount();
        mayWrite = account.role() == Role.COORDINATOR
                || (account.role() == Role.OFFICER && code.equals(account.municipalityCode()));
        municipalityShown();
    }

    /** The municipality a link named that an officer was shown their own instead of; null for none. */
    public String getAskedElsewhere() {
        return askedElsewhere;
    }

    /** Loads what the page shows of {@link #getMunicipality()} as known on {@link #moment()}. */
    public abstract void load();

    /** Called when another municipality is shown; loads it by default. */
    protected void municipalityShown() {
        load();
    }

    /** The moment the page shows: the end of the picked second, or now. */
    protected Instant moment() {
        return DateTimes.asKnownOn(asKnownOn);
    }

    /** Whether the page shows the present, which the current state answers without reading the history. */
    protected boolean showsNow() {
        return asKnownOn == null;
    }

    /**
     * Whether the page shows the present: records are added and changed there, not in a view of the past, whose
     * versions may have been changed since (a correction there would be refused as made on an older version).
     */
    public boolean isPresent() {
        return showsNow();
    }

    /** Back to the present, after a change the user just saved. */
    protected void showNow() {
        asKnownOn = null;
    }

    public void selectMunicipality() {
        show(municipality.code());
    }

    public List<MunicipalityView> completeMunicipality(String query) {
        return directory.search(new MunicipalityQuery(query, null, null, MunicipalitySort.NAME, false, 0, 15)).items();
    }

    public boolean isMayChooseMunicipality() {
        return layout.getAccount().role() != Role.OFFICER;
    }

    public boolean isCoordinator() {
        return layout.getAccount().role() == Role.COORDINATOR;
    }

    public boolean isMayWrite() {
        return mayWrite;
    }

    public MunicipalityView getMunicipality() {
        return municipality;
    }

    public void setMunicipality(MunicipalityView municipality) {
        if (municipality != null) {
            this.municipality = municipality;
        }
    }

    public LocalDateTime getAsKnownOn() {
        return asKnownOn;
    }

    public void setAsKnownOn(LocalDateTime asKnownOn) {
        this.asKnownOn = DateTimes.knownMoment(asKnownOn);
    }
}
