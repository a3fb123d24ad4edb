package nl.arbeidsmigratie.regie.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShareProgressTest {

    @Test
    void theReferenceDateSaysWhatIsLeftAndWhichShareIsRealised() {
        ShareProgress westland = new ShareProgress("GM1783", "Westland", 2000, List.of(0, 300, 500));
        assertThat(westland.realisedNow()).isEqualTo(500);
        assertThat(westland.toGo()).isEqualTo(1500);
        assertThat(westland.realisedShare()).isEqualTo(0.25);
        assertThat(westland.sinceAgreement()).isEqualTo(500);
        assertThat(new ShareProgress("GM0518", "'s-Gravenhage", 2000, List.of(612, 600)).sinceAgreement())
                .as("a location closed since").isEqualTo(-12);
        assertThat(westland.realisedNewestFirst()).containsExactly(500, 300, 0);
    }

    @Test
    void theRegionsTotalAddsUpEverySharePerMomentAndWhatIsLeftIsTheRegions() {
        FairShareProgress progress = new FairShareProgress(null, null,
                List.of(java.time.LocalDate.of(2013, 1, 1), java.time.LocalDate.of(2014, 1, 1)), List.of(
                new ShareProgress("GM1783", "Westland", 2000, List.of(0, 2300)),
                new ShareProgress("GM0518", "'s-Gravenhage", 2000, List.of(100, 600)),
                new ShareProgress(null, null, 2000, List.of(50, 100))));
        ShareProgress total = progress.total();
        assertThat(total.agreed()).isEqualTo(6000);
        assertThat(total.realisedNewestFirst()).containsExactly(3000, 150);
        assertThat(total.toGo()).as("Westland's surplus counts for the region").isEqualTo(3000);
        assertThat(total.sinceAgreement()).isEqualTo(2850);
    }

    @Test
    void aShareReachedLeavesNothingToGoAndNothingAgreedHasNoShare() {
        assertThat(new ShareProgress("GM0503", "Delft", 400, List.of(450)).toGo()).isZero();
        assertThat(new ShareProgress("GM0503", "Delft", 400, List.of(450)).realisedShare()).isEqualTo(1.125);
        ShareProgress others = new ShareProgress(null, null, 0, List.of(20));
        assertThat(others.toGo()).isZero();
        assertThat(others.realisedShare()).isNull();
    }
}
