package nl.arbeidsmigratie.regie.web.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.arbeidsmigratie.regie.monitoring.api.Address;

/** An address on one line in tables ({@code #{addresses.line(l.details.address)}}), leaving out empty parts. */
@Named
@ApplicationScoped
public class Addresses {

    public String line(Address address) {
        if (address == null) {
            return "";
        }
        String street = join(" ", address.street(), address.houseNumber());
        String town = join(" ", address.postcode(), address.place());
        return join(", ", street, town);
    }

    private static String join(String separator, String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(separator));
    }
}
