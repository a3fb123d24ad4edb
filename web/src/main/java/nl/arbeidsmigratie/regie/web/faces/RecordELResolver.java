package nl.arbeidsmigratie.regie.web.faces;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lets pages read record components as properties ({@code #{municipality.name}}), as Jakarta EL 6 will; the
 * modules' api returns records, and EL 5 only knows JavaBeans getters.
 */
public class RecordELResolver extends ELResolver {

    /**
     * A record's components by name, read once per class: {@link Class#getRecordComponents()} makes them anew
     * on every call, and a page reads record properties thousands of times.
     */
    private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents())
                    .collect(Collectors.toUnmodifiableMap(RecordComponent::getName, Function.identity()));
        }
    };

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return component(base, property).map(component -> {
            context.setPropertyResolved(base, property);
            try {
                return component.getAccessor().invoke(base);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + property + " of " + base.getClass(), e);
            }
        }).orElse(null);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return component(base, property).map(component -> {
            context.setPropertyResolved(base, property);
            return component.getType();
        }).orElse(null);
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property).isPresent()) {
            throw new PropertyNotWritableException(property + " of " + base.getClass().getSimpleName()
                    + " is read-only: records are immutable");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property).isPresent()) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }

    private static Optional<RecordComponent> component(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return Optional.empty();
        }
        return Optional.ofNullable(COMPONENTS.get(base.getClass()).get(property.toString()));
    }
}
