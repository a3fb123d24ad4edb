package nl.arbeidsmigratie.regie.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.api.Address;
import nl.arbeidsmigratie.regie.monitoring.api.Certification;
import nl.arbeidsmigratie.regie.monitoring.api.Facilities;
import nl.arbeidsmigratie.regie.monitoring.api.HousingForm;
import nl.arbeidsmigratie.regie.monitoring.api.LocationDetails;
import nl.arbeidsmigratie.regie.monitoring.api.LocationStatus;
import nl.arbeidsmigratie.regie.monitoring.api.Permit;
import nl.arbeidsmigratie.regie.monitoring.api.PermitKind;
import nl.arbeidsmigratie.regie.monitoring.api.QualityMark;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A Dutch postcode however it is spaced or cased, stored one way; anything else refused; dates within reason. */
class LocationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @ParameterizedTest
    @ValueSource(strings = {"2671 AB", "2671ab", "2671  ab", " 2671\tAB ", "2671\u00A0AB"})
    void onePostcodeHoweverItIsWritten(String typed) {
        assertThat(LocationRules.postcode(typed)).isEqualTo("2671 AB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0671 AB", "2671 A", "2671 ABC", "26710AB", "2671-AB", "AB 2671"})
    void whatIsNoPostcodeIsRefused(String typed) {
        assertThatThrownBy(() -> LocationRules.postcode(typed)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.location.postcode"));
    }

    @Test
    void aDateWithAMistypedYearOrStandingForNoEndIsRefusedNamingEachField() {
        LocationDetails mistyped = location(LocalDate.of(1, 1, 1), new Certification(QualityMark.SNF, "x",
                LocalDate.of(1800, 1, 1), LocalDate.of(9999, 12, 31)),
                List.of(new Permit(PermitKind.VERHUURVERGUNNING, "V-1", LocalDate.of(2024, 1, 1),
                        LocalDate.of(9999, 12, 31))));
        assertThatThrownBy(() -> LocationRules.checked(mistyped, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.all())
                        .extracting(InvalidInputException::field, InvalidInputException::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("openedOn", "error.location.date.range"),
                                org.assertj.core.groups.Tuple.tuple("lastAuditOn", "error.location.date.range"),
                                org.assertj.core.groups.Tuple.tuple("validUntil", "error.location.date.range"),
                                org.assertj.core.groups.Tuple.tuple("permits", "error.location.date.range")));
    }

    @Test
    void eachNegativeOccupancyFigureIsRefusedAtItsOwnField() {
        nl.arbeidsmigratie.regie.monitoring.api.OccupancyFigures figures =
                new nl.arbeidsmigratie.regie.monitoring.api.OccupancyFigures(1, TODAY, 5, -1, 2, -3);
        assertThatThrownBy(() -> LocationRules.check(figures, TODAY, LocationRules.Lifetime.UNKNOWN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.all())
                        .extracting(InvalidInputException::field, InvalidInputException::messageKey)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("shortStay", "error.count.negative"),
                                org.assertj.core.groups.Tuple.tuple("longStay", "error.count.negative")));
    }

    @Test
    void datesFrom1900UpTo2100AreTaken() {
        LocationDetails old = location(LocalDate.of(1900, 1, 1), new Certification(QualityMark.SNF, "x",
                LocalDate.of(2025, 3, 1), LocalDate.of(2100, 12, 31)),
                List.of(new Permit(PermitKind.VERHUURVERGUNNING, "V-1", LocalDate.of(1900, 1, 1), null)));
        assertThat(LocationRules.checked(old, TODAY).openedOn()).isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @Test
    void aCertificateWithoutItsMarkAndAnEmptyPermitAreRefused() {
        LocationDetails unmarked = location(LocalDate.of(2020, 1, 1), new Certification(QualityMark.NONE,
                "SNF-2026-0815", LocalDate.of(2025, 9, 15), LocalDate.of(2027, 9, 15)),
                List.of(new Permit(PermitKind.VERHUURVERGUNNING, " ", null, null)));
        assertThatThrownBy(() -> LocationRules.checked(unmarked, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.all())
                        .extracting(InvalidInputException::field, InvalidInputException::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("mark", "error.location.certification.without-mark"),
                                org.assertj.core.groups.Tuple.tuple("permits", "error.location.permit.empty")));
    }

    @Test
    void coordinatesAreKeptToTheMillionthOfADegreeAsTheRegisterStoresThem() {
        LocationDetails given = location(null, Certification.none(), List.of());
        LocationDetails placed = new LocationDetails(given.municipalityCode(), given.name(), given.address(), null,
                new java.math.BigDecimal("52.0001235"), new java.math.BigDecimal("-4.20567849"), given.housingForm(),
                given.status(), null, null, given.facilities(), given.certification(), null, null, List.of());
        LocationDetails checked = LocationRules.checked(placed, TODAY);
        assertThat(checked.latitude()).isEqualByComparingTo("52.000124");
        assertThat(checked.longitude()).isEqualByComparingTo("-4.205678");
    }

    private static LocationDetails location(LocalDate openedOn, Certification certification, List<Permit> permits) {
        return new LocationDetails("GM1783", "Hof van Naaldwijk", new Address(null, null, null, null), null, null,
                null, HousingForm.HOTEL_PENSION, LocationStatus.ACTIVE, openedOn, null, Facilities.unknown(),
                certification, null, null, permits);
    }
}
