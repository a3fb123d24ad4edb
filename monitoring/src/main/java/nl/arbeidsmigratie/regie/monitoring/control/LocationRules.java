package nl.arbeidsmigratie.regie.monitoring.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.monitoring.api.Address;
import nl.arbeidsmigratie.regie.monitoring.api.Certification;
import nl.arbeidsmigratie.regie.monitoring.api.CountFigures;
import nl.arbeidsmigratie.regie.monitoring.api.Facilities;
import nl.arbeidsmigratie.regie.monitoring.api.LocationDetails;
import nl.arbeidsmigratie.regie.monitoring.api.LocationStatus;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyFigures;
import nl.arbeidsmigratie.regie.monitoring.api.Permit;
import nl.arbeidsmigratie.regie.monitoring.api.QualityMark;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InputChecks;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.MunicipalityCodes;
import nl.arbeidsmigratie.regie.platform.api.TextTooLongException;

/** What a location and an occupancy report must satisfy before they are recorded, and their normal forms. */
public final class LocationRules {

    /** Spaces between the digits and the letters, any number or none (a non-breaking one pasted too), are one. */
    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3})[\\s\\u00A0]*([A-Za-z]{2})");
    /** A BAG id: the 16 digits of a verblijfsobject; the imports read their ids by it too. */
    static final Pattern BAG_ID = Pattern.compile("[0-9]{16}");
    /** A number from 1 to 99999, then any addition that does not go on with digits: 12, 12a, 12-14, 12 hs. */
    private static final Pattern HOUSE_NUMBER = Pattern.compile("[1-9][0-9]{0,4}(?:[^0-9].*)?", Pattern.DOTALL);
    private static final int LONGEST_TEXT = 300;
    /** Far above any real location, well within what the database stores. */
    private static final int MOST_UNITS = 100_000;
    private static final BigDecimal MOST_AREA = BigDecimal.valueOf(10_000_000);
    private static final int MOST_DECIMALS = 10;
    private static final int STORED_COORDINATE_DECIMALS = 6;
    private static final int AREA_DECIMALS = 1;
    private static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

    private LocationRules() {
    }

    private static void checkUnits(String field, Integer n) {
        if (n != null && n < 0) {
            throw new InvalidInputException(field, "error.location.negative", field + " cannot be negative");
        }
        if (n != null && n > MOST_UNITS) {
            throw new InvalidInputException(field, "error.location.too-large", "at most " + MOST_UNITS + " " + field);
        }
    }

    private static void checkArea(String field, BigDecimal n) {
        if (n != null && n.signum() < 0) {
            throw new InvalidInputException(field, "error.location.negative", field + " cannot be negative");
        }
        if (n != null && n.compareTo(MOST_AREA) > 0) {
            throw new InvalidInputException(field, "error.location.too-large", "at most " + MOST_AREA + " m²");
        }
        // kept to a tenth of a square metre: more would be rounded away unseen
        checkDecimals(field, n, AREA_DECIMALS);
    }

    /**
     * Areas and beds that cannot be true together, as an area in another unit or a slipped decimal gives them: the
     * bedrooms larger than the whole floor, or less than a square metre for each bed (a bed alone takes two).
     */
    private static void checkAreasTogether(InputChecks checks, Facilities f) {
        BigDecimal floor = usable(f.floorArea());
        BigDecimal bedrooms = usable(f.bedroomArea());
        checks.require(floor == null || bedrooms == null || bedrooms.compareTo(floor) <= 0, "bedroomArea",
                "error.location.bedroom-area.above-floor", "the bedrooms take more than the floor area");
        BigDecimal sleeping = bedrooms != null ? bedrooms : floor;
        checks.require(sleeping == null || f.beds() == null || f.beds() <= 0 || f.beds() > MOST_UNITS
                        || sleeping.compareTo(BigDecimal.valueOf(f.beds())) >= 0,
                bedrooms != null ? "bedroomArea" : "floorArea", "error.location.area-per-bed",
                "less than 1 m² per bed");
    }

    /** An area the checks of its own field let through, else null: a refused one is not refused twice. */
    private static BigDecimal usable(BigDecimal area) {
        return area == null || area.signum() < 0 || area.compareTo(MOST_AREA) > 0 ? null : area;
    }

    /** At most {@code most} decimals: a number like 1E-999999999 would only cost memory wherever it is written. */
    /**
     * A coordinate as the register keeps it, to the millionth of a degree (about ten centimetres), rounded as the
     * database rounds: so the answer to a save and its entry in the audit trail hold what was stored.
     */
    private static BigDecimal stored(BigDecimal coordinate) {
        return coordinate == null || coordinate.scale() <= STORED_COORDINATE_DECIMALS ? coordinate
                : coordinate.setScale(STORED_COORDINATE_DECIMALS, java.math.RoundingMode.HALF_UP);
    }

    private static void checkDecimals(String field, BigDecimal n, int most) {
        if (n != null && n.scale() > most && n.stripTrailingZeros().scale() > most) {
            throw new InvalidInputException(field, "error.location.decimals", field + " has more than " + most
                    + " decimals", most);
        }
    }

    /**
     * The details in their stored form (postcode {@code 1234 AB}, trimmed texts), or a refusal naming each field that
     * breaks a rule. Dates are held against {@code today}: a location in use has opened, one whose closing date has
     * passed is closed, a closed one closed on a day that has been, and an audit took place before its mark expires.
     */
    public static LocationDetails checked(LocationDetails d, LocalDate today) {
        InputChecks checks = new InputChecks();
        checks.require(MunicipalityCodes.wellFormed(d.municipalityCode()), "municipalityCode",
                "error.location.municipality", "not a CBS code");
        String name = checks.value(() -> {
            String text = text("name", d.name());
            if (text == null) {
                throw new InvalidInputException("name", "error.location.name.required", "a location needs a name");
            }
            return text;
        });
        Address a = d.address() == null ? new Address(null, null, null, null) : d.address();
        Address address = new Address(checks.value(() -> text("street", a.street())),
                checks.value(() -> houseNumber(text("houseNumber", a.houseNumber()))),
                checks.value(() -> postcode(a.postcode())),
                checks.value(() -> text("place", a.place())));
        String bagId = checks.value(() -> {
            String text = text("bagId", d.bagId());
            if (text != null && !BAG_ID.matcher(text).matches()) {
                throw new InvalidInputException("bagId", "error.location.bag-id", "a BAG id has 16 digits");
            }
            return text;
        });
        checks.check(() -> {
            if (d.latitude() != null && d.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0
                    || d.longitude() != null && d.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0) {
                throw new InvalidInputException("latitude", "error.location.coordinates", "coordinates out of range");
            }
            checkDecimals("latitude", d.latitude(), MOST_DECIMALS);
            checkDecimals("longitude", d.longitude(), MOST_DECIMALS);
        });
        // half a coordinate places the location nowhere, and a map would take the missing half as zero
        checks.require((d.latitude() == null) == (d.longitude() == null), d.latitude() == null ? "latitude"
                : "longitude", "error.location.coordinates.pair", "a latitude needs its longitude and the other way round");
        checks.require(d.housingForm() != null, "housingForm", "error.location.housing-form.required",
                "no housing form");
        checks.require(d.status() != null, "status", "error.location.status.required", "no status");
        checks.require(d.status() != LocationStatus.CLOSED || d.closedOn() != null, "closedOn",
                "error.location.closed-on.required", "a closed location has a closing date");
        checkDate(checks, "openedOn", d.openedOn());
        checkDate(checks, "closedOn", d.closedOn());
        checks.require(d.openedOn() == null || d.closedOn() == null || !d.closedOn().isBefore(d.openedOn()),
                "closedOn", "error.location.dates", "closed before it opened");
        checks.require(d.status() != LocationStatus.ACTIVE || d.openedOn() == null || !d.openedOn().isAfter(today),
                "openedOn", "error.location.opened-ahead", "a location in use has opened; one still to open is planned");
        checks.require(d.status() == LocationStatus.CLOSED || d.closedOn() == null || d.closedOn().isAfter(today),
                "status", "error.location.closed-passed", "a location whose closing date has passed is closed");
        checks.require(d.status() != LocationStatus.CLOSED || d.closedOn() == null || !d.closedOn().isAfter(today),
                "closedOn", "error.location.closed-ahead", "a closed location closed on a day that has been");
        Facilities f = d.facilities() == null ? Facilities.unknown() : d.facilities();
        checks.check(() -> checkUnits("beds", f.beds()));
        checks.check(() -> checkUnits("bedrooms", f.bedrooms()));
        checks.check(() -> checkUnits("toilets", f.toilets()));
        checks.check(() -> checkUnits("showers", f.showers()));
        checks.check(() -> checkArea("floorArea", f.floorArea()));
        checks.check(() -> checkArea("bedroomArea", f.bedroomArea()));
        checkAreasTogether(checks, f);
        Certification given = d.certification() == null ? Certification.none() : d.certification();
        Certification c = given.mark() != null ? given
                : new Certification(QualityMark.NONE, given.certificateNumber(), given.lastAuditOn(),
                        given.validUntil());
        checkDate(checks, "lastAuditOn", c.lastAuditOn());
        checkDate(checks, "validUntil", c.validUntil());
        checks.require(c.lastAuditOn() == null || !c.lastAuditOn().isAfter(today), "lastAuditOn",
                "error.location.audit-ahead", "an audit is recorded once it took place");
        checks.require(c.lastAuditOn() == null || c.validUntil() == null || !c.validUntil().isBefore(c.lastAuditOn()),
                "validUntil", "error.location.valid-before-audit", "a quality mark is valid until after its audit");
        // a certificate's number, audit or validity without its mark would never be warned about as it lapses
        checks.require(c.mark() != QualityMark.NONE || FreeText.blank(c.certificateNumber()) && c.lastAuditOn() == null
                && c.validUntil() == null, "mark", "error.location.certification.without-mark",
                "a certificate number, audit or validity belongs to a quality mark");
        String certificateNumber = checks.value(() -> text("certificateNumber", c.certificateNumber()));
        String operator = checks.value(() -> text("operator", d.operator()));
        for (Permit p : d.permits()) {
            checks.check(() -> {
                if (p.kind() == null) {
                    throw new InvalidInputException("permits", "error.location.permit.kind", "a permit needs a kind");
                }
                if (FreeText.blank(p.number()) && p.validFrom() == null && p.validTo() == null) {
                    throw new InvalidInputException("permits", "error.location.permit.empty",
                            "a permit needs its number or a date");
                }
                FreeText.checked("permits", p.number());
                if (outOfRange(p.validFrom()) || outOfRange(p.validTo())) {
                    throw new InvalidInputException("permits", "error.location.date.range",
                            "a permit's dates lie from 1900 to 2100");
                }
                if (p.validFrom() != null && p.validTo() != null && p.validTo().isBefore(p.validFrom())) {
                    throw new InvalidInputException("permits", "error.location.permit.dates",
                            "valid to before valid from");
                }
            });
        }
        checks.refuseIfBroken();
        return new LocationDetails(d.municipalityCode(), name, address, bagId, stored(d.latitude()),
                stored(d.longitude()), d.housingForm(), d.status(), d.openedOn(), d.closedOn(), f,
                new Certification(c.mark(), certificateNumber, c.lastAuditOn(), c.validUntil()),
                d.stayFocus(), operator, d.permits());
    }

    /**
     * A date from 1900 up to 2100, as the pages take them: outside it a year was mistyped (0024 for 2024), or
     * "9999-12-31" stands for no end, which an empty field says.
     */
    private static void checkDate(InputChecks checks, String field, LocalDate date) {
        checks.require(!outOfRange(date), field, "error.location.date.range", field + " lies from 1900 to 2100");
    }

    private static boolean outOfRange(LocalDate date) {
        return date != null && (date.isBefore(CountFigures.EARLIEST_REFERENCE_DATE) || date.isAfter(LATEST_DATE));
    }

    /** {@code text} (trimmed, or null) as a house number; one that does not start with one ({@code -12}) is refused. */
    public static String houseNumber(String text) {
        if (text != null && !HOUSE_NUMBER.matcher(text).matches()) {
            throw new InvalidInputException("houseNumber", "error.location.house-number",
                    "a house number starts with a number from 1 to 99999, as 12, 12a or 12-14");
        }
        return text;
    }

    /** SQL reading {@code column}, a name, as {@link FreeText#compared} does: any case, spaces collapsed. */
    public static String comparedNameSql(String column) {
        return "lower(regexp_replace(btrim(normalize(" + column + ", NFC)), '\\s+', ' ', 'g'))";
    }

    /** SQL reading {@code column}, a house number, as {@link #houseNumberKey} does. */
    public static String houseNumberKeySql(String column) {
        return "lower(regexp_replace(" + column + ", '\\s+', '', 'g'))";
    }

    /** A house number without case or spaces: {@code 12 A} and {@code 12a} are one house. */
    public static String houseNumberKey(String houseNumber) {
        return houseNumber.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** {@code 2671ab}, {@code 2671 AB} and {@code 2671  AB} are the same postcode; anything else is refused. */
    public static String postcode(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        var m = POSTCODE.matcher(FreeText.withoutInvisible(raw).strip());
        if (!m.matches()) {
            throw new InvalidInputException("postcode", "error.location.postcode",
                    "a Dutch postcode is four digits and two letters, as 1234 AB");
        }
        return m.group(1) + " " + m.group(2).toUpperCase(Locale.ROOT);
    }

    /** What a location's status and dates say about when people can live there; any part may be unknown. */
    /** The first and last reference date on which the location's reports say someone lived there. */
    public record Housed(LocalDate first, LocalDate last) {

        /** A date as a native query gives it: a {@link java.sql.Date} or already a {@link LocalDate}. */
        public static LocalDate day(Object value) {
            return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
        }
    }

    /**
     * A location's opening and closing dates hold the days its reports say people lived there, as a report outside
     * them is refused: a closing before the last of them, or an opening after the first, is refused naming that day.
     */
    public static void checkHoused(LocationDetails d, Housed housed) {
        InputChecks checks = new InputChecks();
        checks.require(d.closedOn() == null || housed.last() == null || !housed.last().isAfter(d.closedOn()),
                "closedOn", "error.location.closed-before-reports", "people lived there on " + housed.last(),
                housed.last());
        checks.require(d.openedOn() == null || housed.first() == null || !housed.first().isBefore(d.openedOn()),
                "openedOn", "error.location.opened-after-reports", "people lived there on " + housed.first(),
                housed.first());
        checks.refuseIfBroken();
    }

    public record Lifetime(LocationStatus status, LocalDate openedOn, LocalDate closedOn) {

        /** For a correction of a report kept from before the location's dates were set, which stays correctable. */
        public static final Lifetime UNKNOWN = new Lifetime(null, null, null);

        public static Lifetime of(LocationDetails location) {
            return new Lifetime(location.status(), location.openedOn(), location.closedOn());
        }
    }

    /**
     * Every rule of an occupancy report: its reference date and its figures refused together. A location is occupied
     * from the day it opened on, until the day it closed; one still planned houses nobody yet.
     */
    public static void check(OccupancyFigures f, LocalDate today, Lifetime location) {
        InputChecks checks = new InputChecks();
        checks.check(() -> CountRules.checkReferenceDate(f.referenceDate(), today));
        lifetimeRules(checks, f, location);
        checkFigures(checks, f);
        checks.refuseIfBroken();
    }

    /**
     * Whether a report keeps to its location's dates. One kept from before the dates were set may be corrected
     * without them; one that kept to them keeps to them, so a correction houses nobody where a report may not.
     */
    public static boolean withinLifetime(OccupancyFigures f, Lifetime location) {
        InputChecks checks = new InputChecks();
        lifetimeRules(checks, f, location);
        return !checks.broken();
    }

    private static void lifetimeRules(InputChecks checks, OccupancyFigures f, Lifetime location) {
        LocalDate openedOn = location.openedOn();
        LocalDate closedOn = location.closedOn();
        checks.require(openedOn == null || f.referenceDate() == null || !f.referenceDate().isBefore(openedOn),
                "referenceDate", "error.occupancy.before-opening", "the location opened on " + openedOn, openedOn);
        boolean housesSomeone = f.persons() != null && f.persons() > 0;
        checks.require(!housesSomeone || closedOn == null || f.referenceDate() == null
                        || !f.referenceDate().isAfter(closedOn),
                "referenceDate", "error.occupancy.after-closing", "the location closed on " + closedOn, closedOn);
        checks.require(!housesSomeone || location.status() != LocationStatus.PLANNED || openedOn != null,
                "persons", "error.occupancy.planned", "the location is still planned");
    }

    /** Each figure refused at its own field: a negative split figure is named, not the persons it splits. */
    private static void checkFigures(InputChecks checks, OccupancyFigures f) {
        checks.require(f.persons() != null, "persons", "error.occupancy.persons.required", "how many persons");
        Map<String, Integer> figures = new LinkedHashMap<>();
        figures.put("persons", f.persons());
        figures.put("shortStay", f.shortStay());
        figures.put("midStay", f.midStay());
        figures.put("longStay", f.longStay());
        figures.forEach((field, n) -> checks.require(n == null || n >= 0, field, "error.count.negative",
                "counts cannot be negative"));
        checks.require(f.persons() == null || f.persons() <= OccupancyFigures.MOST_PERSONS, "persons",
                "error.occupancy.too-large", "at most " + OccupancyFigures.MOST_PERSONS + " persons");
        boolean signed = figures.values().stream().allMatch(n -> n == null || n >= 0);
        checks.require(!signed || !f.splitExceedsPersons(), "shortStay", "error.occupancy.split",
                "short, mid and long stay add up to more than the persons housed");
    }

    /** A location's texts are each one line: names, address parts, numbers. */
    private static String text(String field, String value) {
        if (FreeText.blank(value)) {
            return null;
        }
        if (value.length() > LONGEST_TEXT) {
            throw new TextTooLongException(field, LONGEST_TEXT);
        }
        return FreeText.line(field, value.strip());
    }
}
