package nl.arbeidsmigratie.regie.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.registration.api.ApiTokenView;
import nl.arbeidsmigratie.regie.registration.api.ApiTokens;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import org.omnifaces.util.Messages;

/**
 * The API tokens page for coordinators: everyone's personal API tokens, and revoking any of them (a lost
 * laptop, a person who left). Anyone else sees the facade's refusal.
 */
@Named
@RequestScoped
public class TokensBacking {

    @Inject
    ApiTokens apiTokens;

    private boolean refused;
    private List<ApiTokenView> tokens;

    @PostConstruct
    void init() {
        load();
    }

    public void revoke(long id) {
        FacadeCalls.attempt(() -> {
            ApiTokenView revoked = apiTokens.revoke(id);
            Messages.addGlobalInfo("tokens.revoked.of", revoked.name(), revoked.ownerEmail());
        });
        load();
    }

    private void load() {
        try {
            tokens = apiTokens.everyone();
        } catch (AccessRefusedException e) {
            // Shown by the page as its only content: the facade, not the menu, decides who sees everyone's tokens.
            refused = true;
            tokens = List.of();
        }
    }

    public boolean isRefused() {
        return refused;
    }

    public List<ApiTokenView> getTokens() {
        return tokens;
    }
}
