package nl.arbeidsmigratie.regie.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A response writer that replaces one attribute of one element by another (or leaves it out), for PrimeFaces
 * renderers that write an attribute where HTML does not allow it: screen readers and accessibility checkers take
 * such attributes at their word. A renderer writes the part of its markup that has the fault through it, see
 * {@link #around}.
 */
final class AttributeReplacingWriter extends ResponseWriterWrapper {

    /** A part of a renderer's output. */
    interface Markup {
        void write() throws IOException;
    }

    private final String element;
    private final String attribute;
    private final String replacement;
    private final String replacementValue;
    private final Deque<String> open = new ArrayDeque<>();

    private AttributeReplacingWriter(ResponseWriter wrapped, String element, String attribute, String replacement,
                                     String replacementValue) {
        super(wrapped);
        this.element = element;
        this.attribute = attribute;
        this.replacement = replacement;
        this.replacementValue = replacementValue;
    }

    /** Writes {@code markup} without {@code attribute} on any {@code element}, then restores the page's writer. */
    static void dropping(FacesContext context, String element, String attribute, Markup markup) throws IOException {
        replacing(context, element, attribute, null, null, markup);
    }

    /**
     * Writes {@code markup} with {@code replacement="replacementValue"} instead of {@code attribute} on any
     * {@code element} (left out when either is null), then restores the page's writer.
     */
    static void replacing(FacesContext context, String element, String attribute, String replacement,
                          String replacementValue, Markup markup) throws IOException {
        ResponseWriter page = context.getResponseWriter();
        context.setResponseWriter(new AttributeReplacingWriter(page, element, attribute, replacement,
                replacementValue));
        try {
            markup.write();
        } finally {
            context.setResponseWriter(page);
        }
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        open.push(name);
        super.startElement(name, component);
    }

    @Override
    public void endElement(String name) throws IOException {
        open.poll();
        super.endElement(name);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
        if (!(attribute.equals(name) && element.equals(open.peek()))) {
            super.writeAttribute(name, value, property);
        } else if (replacement != null && replacementValue != null) {
            super.writeAttribute(replacement, replacementValue, null);
        }
    }

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
        return new AttributeReplacingWriter(getWrapped().cloneWithWriter(writer), element, attribute, replacement,
                replacementValue);
    }
}
