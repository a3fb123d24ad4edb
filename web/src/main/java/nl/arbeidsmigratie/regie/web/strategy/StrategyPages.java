package nl.arbeidsmigratie.regie.web.strategy;

import java.util.List;
import java.util.ResourceBundle;
import nl.arbeidsmigratie.regie.strategy.api.DocumentStatus;
import nl.arbeidsmigratie.regie.strategy.api.TransitionView;
import nl.arbeidsmigratie.regie.web.faces.MessageTexts;
import nl.arbeidsmigratie.regie.web.faces.RecordIds;
import org.omnifaces.util.Faces;

/** What the strategy pages share: texts the code puts together in the page's language, and the adopted version. */
final class StrategyPages {

    private StrategyPages() {
    }

    static String format(String key, Object... arguments) {
        return MessageTexts.format(labelOrText(key), arguments);
    }

    /** The text of a message key, or the value itself when it is no key (a source recorded with a figure). */
    static String labelOrText(String keyOrText) {
        if (keyOrText == null) {
            return "";
        }
        ResourceBundle bundle = ResourceBundle.getBundle(MessageTexts.BUNDLE, Faces.getLocale());
        return bundle.containsKey(keyOrText) ? bundle.getString(keyOrText) : keyOrText;
    }

    /**
     * The last step of the workflow in a document's history, which says where the review stands (a co-author added
     * since changes nothing there); null before the first.
     */
    static TransitionView lastStep(List<TransitionView> history) {
        return history.stream().filter(TransitionView::step).reduce((a, b) -> b).orElse(null);
    }

    /** The number of the version that was adopted, from the last adoption in the history; null if none. */
    static Integer adoptedVersion(List<TransitionView> history) {
        return history.stream().filter(t -> t.to() == DocumentStatus.ADOPTED).reduce((a, b) -> b)
                .map(TransitionView::versionNumber).orElse(null);
    }

    /**
     * The document a page was opened for ({@code ?id=}); null when it names none. The page's notice says so, once:
     * no message besides it.
     */
    static Long requestedDocument() {
        try {
            return RecordIds.parse(Faces.getRequestParameter("id"));
        } catch (RuntimeException noId) {
            return null;
        }
    }

    /** Where a version's PDF is downloaded. */
    static String pdfLink(long documentId, int version) {
        return Faces.getRequestContextPath() + "/app/strategy/document.pdf?document=" + documentId + "&version="
                + version;
    }
}
