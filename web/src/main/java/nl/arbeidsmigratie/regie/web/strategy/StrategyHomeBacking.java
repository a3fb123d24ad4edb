package nl.arbeidsmigratie.regie.web.strategy;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.strategy.api.DocumentStatus;
import nl.arbeidsmigratie.regie.strategy.api.DocumentWorkflow;
import nl.arbeidsmigratie.regie.strategy.api.DocumentSummary;
import nl.arbeidsmigratie.regie.strategy.api.ReviewComments;
import nl.arbeidsmigratie.regie.strategy.api.StrategyDocuments;
import nl.arbeidsmigratie.regie.strategy.api.TransitionView;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LayoutBacking;

/**
 * Strategy's part of the home page: an officer's documents still being written or reviewed (a draft an officer
 * sees is always one of their own, as another's draft does not exist for them), with the review threads still open
 * on them; a coordinator's documents awaiting review.
 */
@Named
@ViewScoped
public class StrategyHomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StrategyDocuments documents;

    @Inject
    ReviewComments comments;

    @Inject
    DocumentWorkflow workflow;

    @Inject
    LayoutBacking layout;

    /** A document on the home page with its open review threads, and whether its reviewer sent it back. */
    public record Item(DocumentSummary document, long openComments, boolean sentBack) implements Serializable {
    }

    private List<Item> items = List.of();

    @PostConstruct
    void load() {
        AccountView account = layout.getAccount();
        if (account == null) {
            return;
        }
        switch (account.role()) {
            case OFFICER -> FacadeCalls.attempt(() -> items = withOpenComments(
                    EnumSet.of(DocumentStatus.DRAFT, DocumentStatus.IN_REVIEW)));
            case COORDINATOR -> FacadeCalls.attempt(() -> items = withOpenComments(
                    EnumSet.of(DocumentStatus.IN_REVIEW)));
            case AUDITOR -> items = List.of();
        }
    }

    private List<Item> withOpenComments(Set<DocumentStatus> statuses) {
        return documents.list().stream().filter(d -> statuses.contains(d.status()))
                .map(d -> new Item(d, comments.list(d.id()).stream().filter(c -> !c.resolved()).count(),
                        d.status() == DocumentStatus.DRAFT && sentBack(d.id()))).toList();
    }

    private boolean sentBack(long id) {
        TransitionView last = StrategyPages.lastStep(workflow.history(id));
        return last != null && last.sentBack();
    }

    public List<Item> getItems() {
        return items;
    }
}
