package nl.arbeidsmigratie.regie.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import nl.arbeidsmigratie.regie.registration.api.NewsletterSubscribers;
import nl.arbeidsmigratie.regie.registration.api.SubscriberStatus;
import nl.arbeidsmigratie.regie.registration.api.SubscriberView;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.SearchedPages;
import org.omnifaces.util.Messages;

/**
 * The coordinator's page of newsletter subscribers: how many stand where, who they are and what they consented to,
 * and stopping or erasing a subscription for someone who asks by mail or phone.
 */
@Named
@ViewScoped
public class SubscribersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NewsletterSubscribers subscribers;

    private SearchedPages<SubscriberView> model;
    private Map<SubscriberStatus, Long> counts;
    private SubscriberView showing;

    @PostConstruct
    void load() {
        model = new SearchedPages<>(subscribers::search, NewsletterSubscribers.MAX_LIMIT, SubscriberView::id,
                subscribers::find);
        counts = subscribers.counts();
    }

    public void showConsent(long id) {
        showing = subscribers.find(id).orElse(null);
    }

    /** Stops the subscription as listed; when it changed since, the table shows how it stands now. */
    public void unsubscribe(long id, long version) {
        FacadeCalls.attempt(() -> Messages.addGlobalInfo("subscribers.unsubscribed",
                subscribers.unsubscribe(id, version).email()), "subscribers.conflict");
        counts = subscribers.counts();
    }

    public void erase(long id, long version) {
        FacadeCalls.attempt(() -> Messages.addGlobalInfo("subscribers.erased",
                subscribers.erase(id, version).email()), "subscribers.conflict");
        counts = subscribers.counts();
    }

    public SearchedPages<SubscriberView> getModel() {
        return model;
    }

    public long count(String status) {
        return counts.get(SubscriberStatus.valueOf(status));
    }

    public SubscriberView getShowing() {
        return showing;
    }
}
