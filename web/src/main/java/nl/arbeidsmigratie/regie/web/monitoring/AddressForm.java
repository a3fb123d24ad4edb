package nl.arbeidsmigratie.regie.web.monitoring;

import java.io.Serializable;
import nl.arbeidsmigratie.regie.monitoring.api.Address;

/** The four address fields of a form, shown by the {@code r:address} tag wherever an address is typed. */
public class AddressForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String street;
    private String houseNumber;
    private String postcode;
    private String place;

    static AddressForm of(Address address) {
        AddressForm form = new AddressForm();
        if (address != null) {
            form.street = address.street();
            form.houseNumber = address.houseNumber();
            form.postcode = address.postcode();
            form.place = address.place();
        }
        return form;
    }

    Address address() {
        return new Address(street, houseNumber, postcode, place);
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public void setHouseNumber(String houseNumber) {
        this.houseNumber = houseNumber;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
