package nl.arbeidsmigratie.regie.monitoring.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareTerms;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareView;
import nl.arbeidsmigratie.regie.monitoring.api.StayFocus;

/** One version of the terms of a fair-share agreement. Never changed: a revision is the next version. */
@Entity
@Table(name = "fair_share_version")
public class FairShareVersion extends AppendOnlyVersion {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    private FairShareAgreement agreement;

    @Column(name = "version_no")
    private int versionNo;

    private String title;

    @Column(name = "total_places")
    private int totalPlaces;

    @Column(name = "agreed_on")
    private LocalDate agreedOn;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "stay_focus")
    private StayFocus stayFocus;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fair_share_part", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<SharePart> parts = new ArrayList<>();

    protected FairShareVersion() {
    }

    private FairShareVersion(FairShareAgreement agreement, int versionNo, FairShareTerms terms, Instant at,
                             String by, String reason) {
        super(at, by, reason);
        this.agreement = Objects.requireNonNull(agreement);
        this.versionNo = versionNo;
        this.title = terms.title();
        this.totalPlaces = terms.totalPlaces();
        this.agreedOn = terms.agreedOn();
        this.deadline = terms.deadline();
        this.stayFocus = terms.stayFocus();
        terms.shares().forEach(s -> parts.add(new SharePart(s)));
    }

    /** The first version; {@code terms} were checked by the caller. */
    public static FairShareVersion first(FairShareAgreement agreement, FairShareTerms terms, Instant at, String by) {
        return new FairShareVersion(agreement, 1, terms, at, by, null);
    }

    public FairShareVersion revisedAs(FairShareTerms terms, Instant at, String by, String why) {
        return new FairShareVersion(agreement, versionNo + 1, terms, at, by, Objects.requireNonNull(why));
    }

    public int versionNo() {
        return versionNo;
    }

    public FairShareAgreement agreement() {
        return agreement;
    }

    public FairShareView view() {
        FairShareTerms terms = new FairShareTerms(agreement.region(), title, totalPlaces, agreedOn, deadline,
                parts.stream().map(SharePart::share).toList(), stayFocus);
        int named = terms.shares().stream().mapToInt(s -> s.places()).sum();
        return new FairShareView(agreement.id(), versionNo, terms, totalPlaces - named, recordedAt(), recordedBy(),
                reason());
    }
}
