package nl.arbeidsmigratie.regie.web.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.monitoring.api.AgreedShare;
import nl.arbeidsmigratie.regie.monitoring.api.AreaFigures;
import nl.arbeidsmigratie.regie.monitoring.api.DashboardView;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareAgreements;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareProgress;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareTerms;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareView;
import nl.arbeidsmigratie.regie.monitoring.api.RegionalPicture;
import nl.arbeidsmigratie.regie.monitoring.api.RegionalPictureView;
import nl.arbeidsmigratie.regie.monitoring.api.ShareProgress;
import nl.arbeidsmigratie.regie.monitoring.api.StayFocus;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.web.faces.DateConverter;
import nl.arbeidsmigratie.regie.web.faces.DateTimes;
import nl.arbeidsmigratie.regie.web.faces.DisplayValues;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LayoutBacking;
import nl.arbeidsmigratie.regie.web.faces.MessageTexts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The dashboard: a region's demand against capacity (the gap chart) and its fair-share agreements (agreed against
 * realised), on a reference date as known on any moment. Coordinators record and revise agreements in a dialog.
 * One view is one facade call, five SQL statements with the page's own (see the bench's statement counts). An
 * occupancy withheld by the small-number rule (null) shows as {@code <5} for a municipality and as "withheld" for a
 * total.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Looked up once: {@code Json.create…} looks the provider up through the class path on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    RegionalPicture regionalPicture;

    @Inject
    FairShareAgreements agreements;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    LayoutBacking layout;

    @Inject
    DisplayValues values;

    private List<String> regions = List.of();
    private String region;
    private LocalDate date;
    private LocalDateTime asKnownOn;
    private boolean futureAsked;
    private RegionalPictureView picture;
    private List<FairShareView> agreementsOfRegion = List.of();
    private Long agreementId;
    private FairShareProgress progress;
    /** The versions of the agreement shown, newest first; read only when asked for, as few open them. */
    private List<FairShareView> versions;
    /** The charts of what is loaded, in {@link #chartsLocale}: made once per load, as a render reads them often. */
    private String gapChart;
    private String fairShareChart;
    private Locale chartsLocale;

    private Long revising;
    private int revisingVersion;
    private String title;
    private Integer totalPlaces;
    private LocalDate agreedOn;
    private LocalDate deadline;
    private StayFocus stayFocus;
    private List<ShareInput> shares = List.of();
    private String reason;

    /** One line of the agreement form: a municipality of the region and its share (empty: one of the others). */
    public static class ShareInput implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String name;
        private Integer places;

        ShareInput(String code, String name, Integer places) {
            this.code = code;
            this.name = name;
            this.places = places;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public Integer getPlaces() {
            return places;
        }

        public void setPlaces(Integer places) {
            this.places = places;
        }
    }

    @PostConstruct
    void init() {
        AccountView account = layout.getAccount();
        // An officer opens with their own region; anyone else with the one the facade opens with (region null).
        region = account.role() == Role.OFFICER
                ? directory.find(account.municipalityCode()).map(m -> m.region()).orElse(null) : null;
        date = LocalDate.now(DutchTime.ZONE);
        String opening = region;
        String asked = askedInAddress();
        load();
        if (asked != null && picture == null) {
            // the facade said why it cannot show that region: the page shows the one it opens with instead
            region = opening;
            load();
        }
    }

    /**
     * What a bookmarked or shared address asks for ({@code ?region=Haaglanden&date=2025-06-30&asKnownOn=
     * 2026-01-01T12:00:00}) over what the page opens with; a part that cannot be read is said and left out. Returns
     * the region asked for, which only the facade's answer shows to exist.
     */
    private String askedInAddress() {
        String askedDate = Faces.getRequestParameter("date");
        if (askedDate != null) {
            DutchDates.parseDate(askedDate).filter(DateConverter::inReach).ifPresentOrElse(asked -> date = asked,
                    () -> Messages.addGlobalWarn("dashboard.address.date"));
        }
        String askedMoment = Faces.getRequestParameter("asKnownOn");
        if (askedMoment != null) {
            // as typed into its field: a moment still to come is said to be one and left out
            DutchDates.parseMoment(askedMoment, LocalTime.of(23, 59, 59))
                    .filter(asked -> DateConverter.inReach(asked.toLocalDate())).ifPresentOrElse(this::setAsKnownOn,
                            () -> Messages.addGlobalWarn("dashboard.address.moment"));
        }
        String askedRegion = Faces.getRequestParameter("region");
        if (askedRegion == null || askedRegion.isBlank()) {
            return null;
        }
        region = askedRegion.strip();
        return region;
    }

    /** The query of this picture's own address, which the page keeps in the browser's address bar (fields.js). */
    public String getAddress() {
        StringBuilder query = new StringBuilder("?region=")
                .append(URLEncoder.encode(region == null ? "" : region, StandardCharsets.UTF_8));
        if (date != null) {
            query.append("&date=").append(date);
        }
        if (getShownAsKnownOn() != null) {
            query.append("&asKnownOn=").append(getShownAsKnownOn().truncatedTo(ChronoUnit.SECONDS).format(
                    DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        }
        return query.toString();
    }

    public void load() {
        if (date == null) {
            Messages.addGlobalError("error.picture.date.required");
            return;
        }
        FacadeCalls.attempt(() -> {
            chartsLocale = null;
            DashboardView view = regionalPicture.dashboard(region, agreementId, date, moment());
            regions = view.regions();
            picture = view.picture();
            region = picture.region();
            agreementsOfRegion = view.agreements();
            progress = view.progress();
            agreementId = progress == null ? null : progress.agreement().agreementId();
            versions = null;
        });
    }

    /** The agreement's versions as known on the moment shown, each with who recorded it, when and why. */
    public void showVersions() {
        Instant moment = moment();
        FacadeCalls.attempt(() -> versions = agreements.history(agreementId).stream()
                .filter(v -> moment == null || !v.recordedAt().isAfter(moment))
                .sorted(Comparator.comparingInt(FairShareView::versionNo).reversed()).toList());
    }

    /** A version's named shares by municipality name, as the form lists them; the others share the rest. */
    public String sharesOf(FairShareView version) {
        Map<String, String> names = picture.municipalities().stream()
                .collect(Collectors.toMap(AreaFigures::code, AreaFigures::name));
        return version.terms().shares().stream().filter(share -> share.places() != null)
                .map(share -> names.getOrDefault(share.municipalityCode(), share.municipalityCode()) + " "
                        + values.number(share.places()))
                .collect(Collectors.joining(", "));
    }

    public List<FairShareView> getVersions() {
        return versions;
    }

    public void changeRegion() {
        agreementId = null;
        load();
    }

    /** Null for now, which the facade answers from the current state rather than from the history. */
    private Instant moment() {
        return getShownAsKnownOn() == null ? null : DateTimes.asKnownOn(getShownAsKnownOn());
    }

    public void startNew() {
        revising = null;
        title = null;
        totalPlaces = null;
        agreedOn = null;
        deadline = null;
        stayFocus = null;
        reason = null;
        shares = picture.municipalities().stream().map(m -> new ShareInput(m.code(), m.name(), null)).toList();
    }

    public void startRevision() {
        FairShareView current = progress.agreement();
        revising = current.agreementId();
        revisingVersion = current.versionNo();
        title = current.terms().title();
        totalPlaces = current.terms().totalPlaces();
        agreedOn = current.terms().agreedOn();
        deadline = current.terms().deadline();
        stayFocus = current.terms().stayFocus();
        reason = null;
        Map<String, Integer> agreed = current.terms().shares().stream()
                .collect(Collectors.toMap(AgreedShare::municipalityCode, AgreedShare::places));
        shares = picture.municipalities().stream()
                .map(m -> new ShareInput(m.code(), m.name(), agreed.get(m.code()))).toList();
    }

    public void save() {
        FairShareTerms terms = new FairShareTerms(region, title, totalPlaces, agreedOn, deadline,
                shares.stream().map(s -> new AgreedShare(s.getCode(), s.getPlaces())).toList(), stayFocus);
        FacadeCalls.attempt(() -> {
            FairShareView saved = revising == null ? agreements.create(terms)
                    : agreements.revise(revising, revisingVersion, terms, reason);
            agreementId = saved.agreementId();
            setAsKnownOn(null);
            Messages.addGlobalInfo("fairshare.saved");
            load();
        }, "fairshare.changed-meanwhile");
    }

    /** Chart.js configuration: per municipality the estimate as a floating bar (min–max) beside the beds. */
    public String getGapChart() {
        chartsInLanguage();
        return gapChart;
    }

    /** Chart.js configuration: agreed against realised per municipality of the agreement. */
    public String getFairShareChart() {
        chartsInLanguage();
        return fairShareChart;
    }

    private void chartsInLanguage() {
        Locale locale = Faces.getLocale();
        if (!locale.equals(chartsLocale)) {
            gapChart = gapChart(locale);
            fairShareChart = fairShareChart(locale);
            chartsLocale = locale;
        }
    }

    private String gapChart(Locale locale) {
        if (picture == null) {
            return null;
        }
        ResourceBundle texts = texts(locale);
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder estimates = JSON.createArrayBuilder();
        JsonArrayBuilder beds = JSON.createArrayBuilder();
        for (AreaFigures m : picture.municipalities()) {
            labels.add(m.name());
            if (!m.hasEstimate()) {
                estimates.addNull();
            } else {
                // an open end is marked as such, for the tooltip to say "≥ 80.000" (charts.js); its bar stands at the
                // end that is known
                JsonArrayBuilder bar = JSON.createArrayBuilder();
                if (m.estimateMax() == null) {
                    bar.add(m.estimateMin()).add(m.estimateMin()).add("open-top");
                } else if (m.estimateMin() == null) {
                    bar.add(0).add(m.estimateMax()).add("open-bottom");
                } else {
                    bar.add(m.estimateMin()).add(m.estimateMax());
                }
                estimates.add(bar);
            }
            bar(beds, m.beds());
        }
        return barChart(locale, labels, dataset(texts.getString("dashboard.chart.estimate"), estimates, "rgba(37, 99, 235, 0.55)"),
                dataset(texts.getString("dashboard.chart.beds"), beds, "rgba(22, 163, 74, 0.8)"));
    }

    private String fairShareChart(Locale locale) {
        if (progress == null) {
            return null;
        }
        ResourceBundle texts = texts(locale);
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder agreed = JSON.createArrayBuilder();
        JsonArrayBuilder realised = JSON.createArrayBuilder();
        for (ShareProgress row : progress.rows()) {
            labels.add(row.municipalityCode() == null ? texts.getString("dashboard.others") : row.name());
            bar(agreed, row.agreed());
            bar(realised, row.realisedNow());
        }
        return barChart(locale, labels, dataset(texts.getString("dashboard.chart.agreed"), agreed, "rgba(100, 116, 139, 0.7)"),
                dataset(texts.getString("dashboard.chart.realised"), realised, "rgba(234, 88, 12, 0.8)"));
    }

    /** No bar for nothing: the bars' minimum length would otherwise show a zero as something. */
    private static void bar(JsonArrayBuilder data, int value) {
        if (value == 0) {
            data.addNull();
        } else {
            data.add(value);
        }
    }

    /**
     * A bar stands out however large the others: a few beds beside a city's thousands, or an estimate whose two ends
     * are the same, would otherwise not show at all.
     */
    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return JSON.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour)
                .add("minBarLength", 3);
    }

    private static String barChart(Locale locale, JsonArrayBuilder labels, JsonObjectBuilder... datasets) {
        JsonArrayBuilder sets = JSON.createArrayBuilder();
        for (JsonObjectBuilder set : datasets) {
            sets.add(set);
        }
        return JSON.createObjectBuilder().add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", JSON.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        // numbers on the axes as the page writes them (4.500 in Dutch)
                        .add("locale", locale.toLanguageTag())
                        // room on the left for the first name, which slanting labels would otherwise cut off
                        .add("layout", JSON.createObjectBuilder().add("padding",
                                JSON.createObjectBuilder().add("left", 24)))
                        // room above the highest bar, which would otherwise lie on the chart's edge
                        .add("scales", JSON.createObjectBuilder().add("y", JSON.createObjectBuilder()
                                .add("grace", "5%"))))
                .build().toString();
    }

    private static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(MessageTexts.BUNDLE, locale);
    }

    public boolean isMayManage() {
        return layout.getAccount().role() == Role.COORDINATOR;
    }

    public List<String> getRegions() {
        return regions;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public StayFocus getStayFocus() {
        return stayFocus;
    }

    public void setStayFocus(StayFocus stayFocus) {
        this.stayFocus = stayFocus;
    }

    public StayFocus[] getStayFocuses() {
        return StayFocus.values();
    }

    public LocalDateTime getAsKnownOn() {
        return asKnownOn;
    }

    /**
     * Kept as typed, a moment still to come too: that one is said where the form shows it and the figures are those
     * known now; the button's request that follows the field's own sends it again, and an emptied field is now.
     */
    public void setAsKnownOn(LocalDateTime asKnownOn) {
        futureAsked = DateTimes.stillToCome(asKnownOn);
        // today's date alone is now
        this.asKnownOn = DateTimes.endOfToday(asKnownOn) ? null : asKnownOn;
    }

    /** The moment the figures shown are known on: null for now, also when a moment still to come was asked. */
    public LocalDateTime getShownAsKnownOn() {
        return futureAsked ? null : asKnownOn;
    }

    /** Whether the last "as known on" asked for was a moment still to come, of which nothing is known yet. */
    public boolean isFutureAsked() {
        return futureAsked;
    }

    public RegionalPictureView getPicture() {
        return picture;
    }

    public List<FairShareView> getAgreementsOfRegion() {
        return agreementsOfRegion;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
    }

    public FairShareProgress getProgress() {
        return progress;
    }

    public Long getRevising() {
        return revising;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getTotalPlaces() {
        return totalPlaces;
    }

    public void setTotalPlaces(Integer totalPlaces) {
        this.totalPlaces = totalPlaces;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public void setAgreedOn(LocalDate agreedOn) {
        this.agreedOn = agreedOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public List<ShareInput> getShares() {
        return shares;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
