package nl.arbeidsmigratie.regie.web.faces;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import org.omnifaces.util.Messages;

/**
 * A municipality chosen in a page travels as its CBS code. A CDI bean ({@code @Dependent}: this archive discovers
 * annotated beans only), so that Faces gets it from CDI with the directory injected.
 */
@Dependent
@FacesConverter(value = "municipalityConverter", managed = true)
public class MunicipalityConverter implements Converter<MunicipalityView> {

    @Inject
    MunicipalityDirectory directory;

    @Override
    public MunicipalityView getAsObject(FacesContext context, UIComponent component, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return directory().find(code.strip()).orElseThrow(() -> new ConverterException(
                Messages.create("error.municipality.unknown").error().get()));
    }

    /** Mojarra may make a converter restored with a view without injecting it (an ajax event of an autocomplete). */
    private MunicipalityDirectory directory() {
        return directory != null ? directory : CDI.current().select(MunicipalityDirectory.class).get();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, MunicipalityView municipality) {
        return municipality == null ? "" : municipality.code();
    }
}
