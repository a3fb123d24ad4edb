package nl.arbeidsmigratie.regie.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.registration.api.AccountAdministration;
import nl.arbeidsmigratie.regie.registration.api.AccountChange;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityQuery;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import nl.arbeidsmigratie.regie.registration.api.NewAccount;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.SearchedPages;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The accounts page for coordinators: the accounts as a lazy table, one dialog to create or edit an account,
 * and deactivating, reactivating and resending activation mails. Anyone else sees the facade's refusal.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    @Inject
    MunicipalityDirectory directory;

    private boolean refused;
    private SearchedPages<AccountView> model;
    private List<MunicipalityView> municipalities;

    /** The account in the dialog; null while creating a new one. */
    private AccountView editing;
    private String email;
    private String displayName;
    private Role role;
    private String municipalityCode;
    private String preferredLanguage;

    @PostConstruct
    void init() {
        try {
            administration.search(null, 0, 1);
            model = new SearchedPages<>(administration::search, AccountAdministration.MAX_LIMIT, AccountView::id,
                    administration::find);
            municipalities = directory.search(MunicipalityQuery.all()).items();
        } catch (AccessRefusedException e) {
            // Shown by the page as its only content: the facade, not the menu, decides who may see accounts.
            refused = true;
        }
    }

    public void startCreating() {
        editing = null;
        email = null;
        displayName = null;
        role = Role.OFFICER;
        municipalityCode = null;
        // the language the coordinator reads in, to start with: the mails of one who invites in English likely are
        preferredLanguage = "en".equals(Faces.getLocale().getLanguage()) ? "en" : "nl";
    }

    public void startEditing(long id) {
        FacadeCalls.attempt(() -> administration.find(id).ifPresent(this::edit));
    }

    public void save() {
        FacadeCalls.of(() -> {
            if (editing == null) {
                AccountView created = administration.create(
                        new NewAccount(email, displayName, role, municipalityCode, preferredLanguage));
                Messages.addGlobalInfo("accounts.created", created.email());
            } else {
                AccountView before = editing;
                edit(administration.change(new AccountChange(editing.id(), displayName, role, municipalityCode,
                        editing.version())));
                // another role or municipality ends the account's sessions and revokes its tokens: the coordinator
                // is told, so a call from the officer who was signed out is no surprise
                boolean reach = before.role() != editing.role()
                        || !Objects.equals(before.municipalityCode(), editing.municipalityCode());
                Messages.addGlobalInfo(reach ? "accounts.saved.reach" : "accounts.saved", editing.email());
            }
        }).onConflict(e -> {
            edit((AccountView) e.current());
            Messages.addGlobalWarn("accounts.conflict");
        }).onInvalid(e -> Messages.addError("accountForm:" + field(e.field()), e.messageKey(), e.arguments())).run();
    }

    public void deactivate(long id) {
        changeStatus(administration::deactivate, id, "accounts.deactivated");
    }

    public void reactivate(long id) {
        changeStatus(administration::reactivate, id, "accounts.reactivated");
    }

    public void resendActivation(long id) {
        changeStatus(administration::resendActivation, id, "accounts.activation-resent");
    }

    private void changeStatus(LongFunction<AccountView> change, long id, String doneKey) {
        // A coordinator deactivated in the meantime is refused by the facade; the call says so instead of failing.
        FacadeCalls.attempt(() -> Messages.addGlobalInfo(doneKey, change.apply(id).email()));
    }

    private static String field(String name) {
        return switch (name) {
            case "email" -> "email";
            case "displayName" -> "displayName";
            case "municipalityCode" -> "municipality";
            case "preferredLanguage" -> "language";
            default -> "role";
        };
    }

    private void edit(AccountView account) {
        editing = account;
        email = account.email();
        displayName = account.displayName();
        role = account.role();
        municipalityCode = account.municipalityCode();
        preferredLanguage = account.preferredLanguage();
    }

    public boolean isRefused() {
        return refused;
    }

    public SearchedPages<AccountView> getModel() {
        return model;
    }

    /** The municipalities an officer may be given: the current ones, and the one an edited account has now. */
    public List<MunicipalityView> getMunicipalities() {
        return municipalities.stream().filter(m -> m.active() || m.code().equals(municipalityCode)).toList();
    }

    /** The least powerful first: a new account starts as an officer, and a coordinator is chosen on purpose. */
    public Role[] getRoles() {
        return new Role[] {Role.OFFICER, Role.AUDITOR, Role.COORDINATOR};
    }

    public boolean isCreating() {
        return editing == null;
    }

    public boolean isOfficerRole() {
        return role == Role.OFFICER;
    }

    public AccountView getEditing() {
        return editing;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }
}
