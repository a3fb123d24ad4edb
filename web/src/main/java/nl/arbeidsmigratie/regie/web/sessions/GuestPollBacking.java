package nl.arbeidsmigratie.regie.web.sessions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.sessions.api.DatePolls;
import nl.arbeidsmigratie.regie.sessions.api.PollStatus;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LanguageBacking;
import nl.arbeidsmigratie.regie.web.faces.NotFound;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The public poll page of a guest ({@code /date-poll.xhtml?token=}): the one poll their personal link opens, answered
 * without signing in. A link that opens nothing, forged or of a closed poll alike, shows only "not found".
 */
@Named
@ViewScoped
public class GuestPollBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DatePolls polls;

    @Inject
    LanguageBacking language;

    private String token;
    private PollSheet sheet;

    @PostConstruct
    void init() {
        token = Faces.getRequestParameter("token");
        if (token != null && !token.isBlank()) {
            try {
                sheet = new PollSheet(polls.resultsByLink(token));
            } catch (InvalidInputException unknownLink) {
                sheet = null;
            }
        }
        // the page exists only as the link a guest was mailed: without one it opens nothing, as a wrong one
        NotFound.whenMissing(true, sheet);
    }

    /**
     * Before the page is shown from the link: in the language the guest was invited in, as the mail was, unless they
     * chose another with the switch.
     */
    public void speakGuestsLanguage() {
        if (sheet != null && !Faces.isPostback()) {
            language.offer(polls.languageByLink(token));
        }
    }

    public void answer() {
        if (FacadeCalls.attempt(() -> polls.answerByLink(token, sheet.answers()))) {
            Messages.addGlobalInfo("poll.answered");
            sheet = new PollSheet(polls.resultsByLink(token));
        } else {
            // closed meanwhile (a date fixed, the deadline passed): the page shows the poll as it now stands, while
            // answers refused for themselves stay as the guest gave them
            FacadeCalls.attempt(() -> {
                PollSheet now = new PollSheet(polls.resultsByLink(token));
                if (now.getResults().poll().status() != PollStatus.OPEN) {
                    sheet = now;
                }
            });
        }
    }

    public boolean isAnswering() {
        return sheet != null && sheet.getResults().poll().status() == PollStatus.OPEN;
    }

    public PollSheet getSheet() {
        return sheet;
    }
}
