package nl.arbeidsmigratie.regie.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import nl.arbeidsmigratie.regie.monitoring.api.Permit;
import nl.arbeidsmigratie.regie.monitoring.api.PermitKind;
import org.junit.jupiter.api.Test;

class LocationFormTest {

    @Test
    void aPermitLineLeftAsAddedIsNoPermitButOneWhoseKindWasChosenIsSavedToBeJudged() {
        LocationForm form = new LocationForm();
        form.addPermit();
        form.addPermit();
        form.getPermits().get(1).setKind(PermitKind.EXPLOITATIEVERGUNNING);

        assertThat(form.details("GM1783").permits()).as("refused by the rules for what it lacks, not dropped unsaid")
                .extracting(Permit::kind).containsExactly(PermitKind.EXPLOITATIEVERGUNNING);
    }
}
