package nl.arbeidsmigratie.regie.web.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.arbeidsmigratie.regie.monitoring.api.Address;
import nl.arbeidsmigratie.regie.monitoring.api.Certification;
import nl.arbeidsmigratie.regie.monitoring.api.CountFigures;
import nl.arbeidsmigratie.regie.monitoring.api.CountView;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareAgreements;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareTerms;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareView;
import nl.arbeidsmigratie.regie.monitoring.api.HousingLocations;
import nl.arbeidsmigratie.regie.monitoring.api.ImportKind;
import nl.arbeidsmigratie.regie.monitoring.api.InspectionEntry;
import nl.arbeidsmigratie.regie.monitoring.api.Inspections;
import nl.arbeidsmigratie.regie.monitoring.api.LocationDetails;
import nl.arbeidsmigratie.regie.monitoring.api.Measure;
import nl.arbeidsmigratie.regie.monitoring.api.MonitoringImports;
import nl.arbeidsmigratie.regie.monitoring.api.MunicipalCounts;
import nl.arbeidsmigratie.regie.monitoring.api.SignalEntry;
import nl.arbeidsmigratie.regie.monitoring.api.SignalKind;
import nl.arbeidsmigratie.regie.monitoring.api.Signals;

/**
 * Monitoring's demo records ({@code demo/monitoring.json}): the public figures of the domain brief as counts (one
 * corrected), housing locations, their quarterly occupancy over three years (through the CSV import, with the stay
 * mix moving from short toward long stay), the Haaglanden fair-share agreement and its revision, inspections and
 * signals.
 */
@Dependent
public class MonitoringDemo implements DemoPart {

    static final int QUARTERS = 12;
    static final String OCCUPANCY_FILE = "bezetting-voorbeeldgegevens.csv";

    @Inject
    MunicipalCounts counts;

    @Inject
    HousingLocations locations;

    @Inject
    MonitoringImports imports;

    @Inject
    FairShareAgreements agreements;

    @Inject
    Inspections inspections;

    @Inject
    Signals signals;

    /** The records of {@code demo/monitoring.json}. */
    public record Records(List<Count> counts, List<Location> locations, Agreement agreement,
                          List<Inspection> inspections, List<Signal> signals) {
    }

    /** A count, and when {@code correctedTo} is given its correction with {@code reason}. */
    public record Count(CountFigures figures, CountFigures correctedTo, String reason) {
    }

    /**
     * A location known by {@code key} to the inspections and signals; its quality mark is valid for
     * {@code markValidForDays} from today when given; its occupancy is {@code fill} times its beds, or
     * {@code persons} where it has no known beds.
     */
    public record Location(String key, LocationDetails details, Integer markValidForDays, Double fill, Integer persons) {
    }

    /** An agreement and its revision. */
    public record Agreement(FairShareTerms terms, FairShareTerms revised, String reason) {
    }

    /** An inspection of the location with {@code location} as key. */
    public record Inspection(String location, int daysAgo, String inspector, String findings, Measure measure,
                             Integer followUpInDays) {
    }

    /** A signal about a known location (by key) or, without one, about an address. */
    public record Signal(String municipalityCode, String location, Address address, int daysAgo, SignalKind kind,
                         String source, String text) {
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load(DemoClock today) {
        Records records = DemoFiles.read("monitoring.json", Records.class);
        for (Count count : records.counts()) {
            CountView recorded = counts.record(count.figures());
            if (count.correctedTo() != null) {
                counts.correct(recorded.id(), count.correctedTo(), count.reason());
            }
        }
        Map<String, Long> ids = new HashMap<>();
        for (Location location : records.locations()) {
            ids.put(location.key(), locations.register(withMarkValidity(location, today)).locationId());
        }
        importOccupancy(records.locations(), today);
        Agreement agreement = records.agreement();
        FairShareView created = agreements.create(agreement.terms());
        agreements.revise(created.agreementId(), created.versionNo(), agreement.revised(), agreement.reason());
        for (Inspection i : records.inspections()) {
            inspections.record(new InspectionEntry(ids.get(i.location()), today.daysAgo(i.daysAgo()), i.inspector(),
                    i.findings(), i.measure(), i.followUpInDays() == null ? null : today.inDays(i.followUpInDays())));
        }
        for (Signal s : records.signals()) {
            signals.report(new SignalEntry(s.municipalityCode(), s.location() == null ? null : ids.get(s.location()),
                    s.address(), today.daysAgo(s.daysAgo()), s.kind(), s.source(), s.text()));
        }
    }

    private static LocationDetails withMarkValidity(Location location, DemoClock today) {
        LocationDetails d = location.details();
        if (location.markValidForDays() == null) {
            return d;
        }
        Certification c = d.certification();
        return new LocationDetails(d.municipalityCode(), d.name(), d.address(), d.bagId(), d.latitude(),
                d.longitude(), d.housingForm(), d.status(), d.openedOn(), d.closedOn(), d.facilities(),
                new Certification(c.mark(), c.certificateNumber(), c.lastAuditOn(),
                        today.inDays(location.markValidForDays())), d.stayFocus(), d.operator(), d.permits());
    }

    /** Occupancy of every location for the last {@link #QUARTERS} quarter ends, imported as one file. */
    private void importOccupancy(List<Location> all, DemoClock today) {
        StringBuilder csv = new StringBuilder("bag_id;peildatum;personen;kort_verblijf;middellang_verblijf;lang_verblijf\n");
        for (Location location : all) {
            LocalDate opened = location.details().openedOn();
            for (int back = QUARTERS - 1; back >= 0; back--) {
                LocalDate date = today.quarterEnd(back);
                if (opened == null || !date.isBefore(opened)) {
                    csv.append(occupancyRow(location, date, QUARTERS - 1 - back));
                }
            }
        }
        try {
            Path file = Files.createTempFile("regie-demo", ".csv");
            try {
                Files.writeString(file, csv, StandardCharsets.UTF_8);
                imports.importFile(ImportKind.OCCUPANCY, OCCUPANCY_FILE, file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One quarter's row: the persons vary a little with the season; short stay falls from about two thirds to a
     * third over the three years while long stay rises from a tenth to nearly a half.
     */
    static String occupancyRow(Location location, LocalDate date, int quarter) {
        Integer beds = location.details().facilities() == null ? null : location.details().facilities().beds();
        double base = beds == null ? location.persons() : beds * (location.fill() == null ? 0.85 : location.fill());
        double season = 1 - 0.04 * Math.abs(2 - date.getMonthValue() / 3.0 + 1);
        int persons = (int) Math.max(0, Math.round(base * season));
        double shift = quarter / (double) (QUARTERS - 1);
        int shortStay = (int) Math.round(persons * (0.65 - 0.33 * shift));
        int longStay = (int) Math.round(persons * (0.10 + 0.35 * shift));
        int midStay = persons - shortStay - longStay;
        return location.details().bagId() + ';' + date + ';' + persons + ';' + shortStay + ';' + midStay + ';'
                + longStay + '\n';
    }
}
