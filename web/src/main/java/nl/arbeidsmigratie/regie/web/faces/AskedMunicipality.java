package nl.arbeidsmigratie.regie.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.arbeidsmigratie.regie.platform.api.MunicipalityCodes;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import nl.arbeidsmigratie.regie.registration.api.Role;
import org.omnifaces.util.Faces;

/**
 * The municipality a page about one municipality shows ({@code ?code=GM1783}, in any case): coordinators and
 * auditors open any in the register, officers their own, also without a code; another's is not found for them, as
 * its records are. Each module's part of such a page reads the same municipality from here, and shows nothing when
 * there is none.
 */
@Named
@RequestScoped
public class AskedMunicipality {

    @Inject
    MunicipalityDirectory directory;

    @Inject
    LayoutBacking layout;

    private MunicipalityView municipality;

    @PostConstruct
    void find() {
        AccountView caller = layout.getAccount();
        if (caller == null) {
            return;
        }
        String asked = Faces.getRequestParameter("code");
        boolean officer = caller.role() == Role.OFFICER;
        String code = asked == null || asked.isBlank() ? (officer ? caller.municipalityCode() : "")
                : MunicipalityCodes.normalised(asked);
        if (MunicipalityCodes.wellFormed(code) && mayOpen(caller, code)) {
            municipality = directory.find(code).orElse(null);
        }
        NotFound.whenMissing(NotFound.asked("code"), municipality);
    }

    /** Whether {@code caller} may open the page of municipality {@code code}: an officer their own only. */
    public static boolean mayOpen(AccountView caller, String code) {
        return caller.role() != Role.OFFICER || code.equals(caller.municipalityCode());
    }

    /** The municipality shown, or null when none was asked for or it is not there for the caller. */
    public MunicipalityView getMunicipality() {
        return municipality;
    }

    /** Its code, or null. */
    public String getCode() {
        return municipality == null ? null : municipality.code();
    }
}
