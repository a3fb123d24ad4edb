package nl.arbeidsmigratie.regie.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LanguageBacking;
import org.omnifaces.util.Messages;

/** The signed-in person's own account: a new password, and the language of their pages and mails. */
@Named
@RequestScoped
public class ProfileBacking {

    private static final String SELF = "/app/registration/profile?faces-redirect=true";

    @Inject
    Accounts accounts;

    @Inject
    LanguageBacking language;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;
    private String preferredLanguage;

    @PostConstruct
    void init() {
        preferredLanguage = accounts.current().map(account -> account.preferredLanguage()).orElse(null);
    }

    public String changePassword() {
        boolean changed = FacadeCalls.of(() -> {
            if (!Objects.equals(newPassword, repeatPassword)) {
                throw new InvalidInputException("repeatPassword", "error.password.mismatch", "the two differ");
            }
            accounts.changeOwnPassword(currentPassword, newPassword);
            Messages.addFlashGlobalInfo("profile.password.changed");
        }).fieldsIn("password").run();
        currentPassword = null;
        newPassword = null;
        repeatPassword = null;
        return changed ? SELF : null;
    }

    public String changeLanguage() {
        boolean changed = FacadeCalls.of(() -> {
            language.use(accounts.changeLanguage(preferredLanguage).preferredLanguage());
            Messages.addFlashGlobalInfo("profile.language.changed");
        }).onInvalid(e -> Messages.addError("language:preferredLanguage", e.messageKey())).run();
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
