package nl.arbeidsmigratie.regie.monitoring.control;

import java.time.LocalDate;
import nl.arbeidsmigratie.regie.monitoring.api.Address;
import nl.arbeidsmigratie.regie.monitoring.api.InspectionEntry;
import nl.arbeidsmigratie.regie.monitoring.api.SignalEntry;
import nl.arbeidsmigratie.regie.monitoring.entity.LocationVersion;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InputChecks;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.MunicipalityCodes;
import nl.arbeidsmigratie.regie.platform.api.TextTooLongException;

/** What inspections and signals must satisfy before they are recorded, and their stored forms. */
public final class EnforcementRules {

    private static final int SHORT_TEXT = 300;
    private static final int LONG_TEXT = 4000;

    private EnforcementRules() {
    }

    /**
     * The latest version of a location that may still get inspections and signals. The refusal carries this
     * module's enforcement key, so pages can say what to correct in the words of the form at hand.
     */
    public static LocationVersion liveLocation(VersionChains chains, MonitoringAccess access, Long locationId) {
        if (locationId == null) {
            throw new InvalidInputException("location", "error.enforcement.location", "choose a location");
        }
        LocationVersion latest;
        try {
            latest = chains.latest(VersionChains.LOCATIONS, locationId);
            // another municipality's location is refused exactly like a missing one (MonitoringAccess)
            access.readerOf(latest.location().municipalityCode(), VersionChains.LOCATIONS, locationId);
        } catch (InvalidInputException unknown) {
            throw new InvalidInputException("location", "error.enforcement.location", unknown.getMessage());
        }
        if (latest.markedError()) {
            throw new InvalidInputException("location", "error.enforcement.location", "location marked as an error");
        }
        return latest;
    }

    /** No inspection or signal this product keeps is older: a date before it is a typing error (01-01-0001). */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final String EARLIEST_SHOWN = "01-01-2000";
    /** A re-check further ahead than this is a typing error too (31-12-9999), not a plan. */
    static final int FOLLOW_UP_YEARS = 10;

    /** The entry with trimmed texts, or a refusal naming each field that breaks a rule. */
    public static InspectionEntry checked(InspectionEntry e, LocalDate today) {
        InputChecks checks = new InputChecks();
        checks.require(e.inspectedOn() != null, "inspectedOn", "error.inspection.date.required", "no inspection date");
        checks.require(e.inspectedOn() == null || !e.inspectedOn().isAfter(today), "inspectedOn",
                "error.inspection.date.future", "an inspection cannot be recorded before it took place");
        checks.require(e.inspectedOn() == null || !e.inspectedOn().isBefore(EARLIEST), "inspectedOn",
                "error.enforcement.date.too-early", "before " + EARLIEST + ": a typing error", EARLIEST_SHOWN);
        checks.require(e.followUpOn() == null || !e.followUpOn().isAfter(today.plusYears(FOLLOW_UP_YEARS)),
                "followUpOn", "error.inspection.follow-up.too-late", "more than " + FOLLOW_UP_YEARS + " years ahead",
                FOLLOW_UP_YEARS);
        String inspector = checks.value(() -> required("inspector", e.inspector(), SHORT_TEXT,
                "error.inspection.inspector.required", "who inspected"));
        String findings = checks.value(() -> text("findings", e.findings(), LONG_TEXT));
        checks.require(e.measure() != null, "measure", "error.inspection.measure.required", "no measure");
        checks.require(e.followUpOn() == null || e.inspectedOn() == null || !e.followUpOn().isBefore(e.inspectedOn()),
                "followUpOn", "error.inspection.follow-up.before", "a follow-up cannot come before the inspection");
        checks.refuseIfBroken();
        return new InspectionEntry(e.locationId(), e.inspectedOn(), inspector, findings, e.measure(), e.followUpOn());
    }

    /** The entry with trimmed texts and a normal postcode, or a refusal naming each field that breaks a rule. */
    public static SignalEntry checked(SignalEntry e, LocalDate today) {
        InputChecks checks = new InputChecks();
        checks.require(MunicipalityCodes.wellFormed(e.municipalityCode()), "municipalityCode",
                "error.signal.municipality", "not a CBS code");
        checks.require(e.signalledOn() != null, "signalledOn", "error.signal.date.required", "no date");
        checks.require(e.signalledOn() == null || !e.signalledOn().isAfter(today), "signalledOn",
                "error.signal.date.future", "a signal cannot come from the future");
        checks.require(e.signalledOn() == null || !e.signalledOn().isBefore(EARLIEST), "signalledOn",
                "error.enforcement.date.too-early", "before " + EARLIEST + ": a typing error", EARLIEST_SHOWN);
        checks.require(e.kind() != null, "kind", "error.signal.kind.required", "no kind");
        String source = checks.value(() -> required("source", e.source(), SHORT_TEXT, "error.signal.source.required",
                "every signal has a source"));
        String text = checks.value(() -> required("text", e.text(), LONG_TEXT, "error.signal.text.required",
                "what was signalled"));
        Address a = e.address() == null ? new Address(null, null, null, null) : e.address();
        Address address = new Address(checks.value(() -> text("street", a.street(), SHORT_TEXT)),
                checks.value(() -> LocationRules.houseNumber(text("houseNumber", a.houseNumber(), SHORT_TEXT))),
                checks.value(() -> postcode(a.postcode())), checks.value(() -> text("place", a.place(), SHORT_TEXT)));
        checks.require(e.locationId() != null || !FreeText.blank(a.street()) || !FreeText.blank(a.postcode())
                        || !FreeText.blank(a.place()),
                "address", "error.signal.address.required", "without a location, a signal needs an address");
        checks.refuseIfBroken();
        return new SignalEntry(e.municipalityCode(), e.locationId(), address, e.signalledOn(), e.kind(), source, text);
    }

    public static String reason(String reason) {
        return required("reason", reason, SHORT_TEXT, "error.signal.reason.required", "a change needs a reason");
    }

    private static String required(String field, String value, int longest, String key, String detail) {
        String checked = text(field, value, longest);
        if (checked == null) {
            throw new InvalidInputException(field, key, detail);
        }
        return checked;
    }

    private static String postcode(String raw) {
        try {
            return LocationRules.postcode(raw);
        } catch (InvalidInputException bad) {
            throw new InvalidInputException("postcode", "error.signal.postcode", bad.getMessage());
        }
    }

    private static String text(String field, String value, int longest) {
        if (FreeText.blank(value)) {
            return null;
        }
        if (value.length() > longest) {
            throw new TextTooLongException(field, longest);
        }
        return FreeText.checked(field, value.strip());
    }
}
