package nl.arbeidsmigratie.regie.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.registration.api.ApiTokenView;
import nl.arbeidsmigratie.regie.registration.api.ApiTokens;
import nl.arbeidsmigratie.regie.registration.api.IssuedApiToken;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LanguageBacking;
import nl.arbeidsmigratie.regie.web.security.RegieAuthenticationMechanism;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The signed-in person's own account: a new password, the language of their pages and mails, and their personal
 * API tokens. A new token's secret lives only in the answer to the request that created it: the bean is
 * request-scoped, so reloading the page shows it no more.
 */
@Named
@RequestScoped
public class ProfileBacking {

    private static final String SELF = "/app/registration/profile?faces-redirect=true";

    @Inject
    Accounts accounts;

    @Inject
    LanguageBacking language;

    @Inject
    ApiTokens apiTokens;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;
    private String preferredLanguage;
    private String tokenName;
    private LocalDate tokenExpiresOn;
    private String issuedSecret;
    private List<ApiTokenView> tokens;

    @PostConstruct
    void init() {
        preferredLanguage = accounts.current().map(account -> account.preferredLanguage()).orElse(null);
        tokenExpiresOn = apiTokens.defaultExpiry();
    }

    /** Creates a token and keeps its secret for this one answer; the form starts afresh. */
    public void createToken() {
        boolean created = FacadeCalls.of(() -> {
            IssuedApiToken issued = apiTokens.create(tokenName, tokenExpiresOn);
            issuedSecret = issued.secret();
            Messages.addGlobalInfo("tokens.created", issued.token().name());
        }).fieldsIn("tokens").run();
        if (created) {
            tokenName = null;
            tokenExpiresOn = apiTokens.defaultExpiry();
            tokens = null;
        }
    }

    public void revokeToken(long id) {
        FacadeCalls.attempt(() -> Messages.addGlobalInfo("tokens.revoked", apiTokens.revoke(id).name()));
        tokens = null;
    }

    /** The person's own tokens, newest first. */
    public List<ApiTokenView> getTokens() {
        if (tokens == null) {
            tokens = apiTokens.own();
        }
        return tokens;
    }

    /** The secret of the token created by this request; null on every other request. */
    public String getIssuedSecret() {
        return issuedSecret;
    }

    public LocalDate getEarliestExpiry() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    public LocalDate getLatestExpiry() {
        return apiTokens.latestExpiry();
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public LocalDate getTokenExpiresOn() {
        return tokenExpiresOn;
    }

    public void setTokenExpiresOn(LocalDate tokenExpiresOn) {
        this.tokenExpiresOn = tokenExpiresOn;
    }

    public String changePassword() {
        boolean changed = FacadeCalls.of(() -> {
            if (!Objects.equals(newPassword, repeatPassword)) {
                throw new InvalidInputException("repeatPassword", "error.password.mismatch", "the two differ");
            }
            long credentials = accounts.changeOwnPassword(currentPassword, newPassword);
            // this session stays signed in; every other one of the account ends at its next request
            RegieAuthenticationMechanism.renewCredentials(Faces.getRequest(), credentials);
            Messages.addFlashGlobalInfo("profile.password.changed");
        }).fieldsIn("password").run();
        currentPassword = null;
        newPassword = null;
        repeatPassword = null;
        return changed ? SELF : null;
    }

    public String changeLanguage() {
        boolean changed = FacadeCalls.of(() -> {
            language.useOwn(accounts.changeLanguage(preferredLanguage).preferredLanguage());
            Messages.addFlashGlobalInfo("profile.language.changed");
        }).onInvalid(e -> Messages.addError("language:preferredLanguage", e.messageKey(), e.arguments())).run();
        return changed ? SELF : null;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }
}
