package nl.arbeidsmigratie.regie.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallNumbersTest {

    @Test
    void aSmallPartThatWouldFollowFromTheTotalHasTheSmallestOtherPartWithheld() {
        assertThat(SmallNumbers.shownWithTotal(20, true, 11, 5, 4)).containsExactly(20, 11, "x", "<5");
        assertThat(SmallNumbers.shownWithTotal(20, true, 4, 11, 5)).containsExactly(20, "<5", 11, "x");
    }

    @Test
    void smallPartsThatCanOnlyBeOnesOrOnlyFoursHaveAnotherPartOrTheTotalWithheld() {
        // 8 in two parts of at most 4 is 4 and 4; 12 in three is 4, 4 and 4; 2 in two is 1 and 1
        assertThat(SmallNumbers.shownWithTotal(22, true, 4, 4, 14)).containsExactly(22, "<5", "<5", "x");
        assertThat(SmallNumbers.shownWithTotal(8, true, 4, 4, 0)).containsExactly("x", "<5", "<5", 0);
        assertThat(SmallNumbers.shownWithTotal(12, true, 4, 4, 4)).containsExactly("x", "<5", "<5", "<5");
        assertThat(SmallNumbers.shownWithTotal(7, true, 1, 1, 5)).containsExactly(7, "<5", "<5", "x");
    }

    @Test
    void nothingMoreIsWithheldWhenTheSmallPartCannotBeDerived() {
        // the parts do not add up to the total: the stays of some people are not known
        assertThat(SmallNumbers.shownWithTotal(30, true, 11, 5, 4)).containsExactly(30, 11, 5, "<5");
        // two small parts hide each other
        assertThat(SmallNumbers.shownWithTotal(13, true, 10, 2, 1)).containsExactly(13, 10, "<5", "<5");
        // a suppressed total leaves nothing to subtract from
        assertThat(SmallNumbers.shownWithTotal(3, true, 3, 0, null)).containsExactly("<5", "<5", 0, null);
        // coordinators see every figure
        assertThat(SmallNumbers.shownWithTotal(20, false, 11, 5, 4)).containsExactly(20, 11, 5, 4);
    }
}
