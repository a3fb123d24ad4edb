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
    void aShareReachedLeavesNothingToGoAndNothingAgreedHasNoShare() {
        assertThat(new ShareProgress("GM0503", "Delft", 400, List.of(450)).toGo()).isZero();
        assertThat(new ShareProgress("GM0503", "Delft", 400, List.of(450)).realisedShare()).isEqualTo(1.125);
        ShareProgress others = new ShareProgress(null, null, 0, List.of(20));
        assertThat(others.toGo()).isZero();
        assertThat(others.realisedShare()).isNull();
    }
}
