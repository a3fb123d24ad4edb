package nl.arbeidsmigratie.regie.strategy.control;

import java.util.Arrays;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.platform.api.RichText;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.PolicyPhase;

/**
 * What a new document takes from the municipality's enrolment: a first section with its policy phase and its
 * own bottlenecks, in the words it used, and a mark on the goals it chose. Document text is Dutch, the circle's
 * language, like the template.
 */
public final class EnrolmentPrefill {

    public static final String STARTING_POINT = "Uitgangssituatie (uit de aanmelding)";

    private EnrolmentPrefill() {
    }

    public static String startingPoint(EnrolmentView enrolment) {
        String bottlenecks = Arrays.stream(enrolment.bottlenecks().split("\\R\\s*\\R"))
                .map(String::strip).filter(p -> !p.isEmpty())
                .map(p -> "<p>" + escape(p).replaceAll("\\R", "<br />") + "</p>")
                .collect(Collectors.joining());
        return RichText.sanitize("<p><strong>Beleidsfase bij aanmelding:</strong> " + phase(enrolment.policyPhase())
                + "</p><h3>Knelpunten</h3>" + bottlenecks).html();
    }

    static String phase(PolicyPhase phase) {
        return switch (phase) {
            case ORIENTING -> "oriënterend";
            case VISION_IN_DEVELOPMENT -> "visie in ontwikkeling";
            case POLICY_ADOPTED -> "beleid vastgesteld";
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
