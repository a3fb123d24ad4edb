package nl.arbeidsmigratie.regie.web.faces;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import org.omnifaces.util.Messages;

/**
 * A municipality chosen in a page travels as its CBS code. A CDI bean ({@code @Dependent}: this archive discovers
 * annotated beans only), made anew for every view that shows a municipality field; the directory is looked up only
 * when a code comes back, as a proxy of an enterprise bean is costly to make and most views never convert one.
 */
@Dependent
@FacesConverter(value = "municipalityConverter", managed = true)
public class MunicipalityConverter implements Converter<MunicipalityView> {

    @Override
    public MunicipalityView getAsObject(FacesContext context, UIComponent component, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return CDI.current().select(MunicipalityDirectory.class).get().find(code.strip())
                .orElseThrow(() -> new ConverterException(Messages.create("error.municipality.unknown").error().get()));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, MunicipalityView municipality) {
        return municipality == null ? "" : municipality.code();
    }
}
