package nl.arbeidsmigratie.regie.web.faces;

import jakarta.ejb.EJBException;
import jakarta.faces.component.UIComponent;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Runs a facade call for a page: a refusal becomes a message in the user's language and marks the request as
 * failed, so dialogs stay open with what was typed and nothing is lost. Every page goes through here, so a
 * refusal reads the same everywhere and a new kind of refusal is handled once.
 */
public final class FacadeCalls {

    private FacadeCalls() {
    }

    /** True when the call went through; otherwise the message is shown and the caller changes nothing. */
    public static boolean attempt(Runnable call) {
        return of(call).run();
    }

    /** As {@link #attempt(Runnable)}, with the page's own message for a change someone else made first. */
    public static boolean attempt(Runnable call, String conflictKey) {
        return of(call).onConflict(conflictKey).run();
    }

    /** A call whose refusals a page wants to show in its own way; {@link Attempt#run()} runs it. */
    public static Attempt of(Runnable call) {
        return new Attempt(call);
    }

    /** One facade call and where its refusals are shown. */
    public static final class Attempt {

        private final Runnable call;
        private Consumer<ConcurrentChangeException> onConflict = conflict -> Messages.addGlobalError(
                conflict.messageKey());
        private Consumer<InvalidInputException> onInvalid = invalid -> Messages.addGlobalError(invalid.messageKey(),
                invalid.arguments());

        private boolean shownByField;

        private Attempt(Runnable call) {
            this.call = call;
        }

        /** Shows this message when someone else saved first. */
        public Attempt onConflict(String conflictKey) {
            return onConflict(conflict -> Messages.addGlobalError(conflictKey));
        }

        /** Lets the page show the version now stored (carried by the conflict) beside what the user typed. */
        public Attempt onConflict(Consumer<ConcurrentChangeException> handler) {
            this.onConflict = handler;
            return this;
        }

        /**
         * Shows a broken rule beside the field it names in this form; rules without a field stay global. The form's
         * fields carry the rules' names unless {@code renamed} pairs a rule's name with the field's id
         * ({@code "registeredBrp", "brp"}); a rule about no field of the form is shown as global. A refusal is
         * named by the label its field's {@code p:outputLabel} gave it, as the converters' messages are, so the summary
         * above a long form says which field it is about.
         */
        public Attempt fieldsIn(String formId, String... renamed) {
            Map<String, String> fieldOf = new HashMap<>();
            for (int i = 0; i + 1 < renamed.length; i += 2) {
                fieldOf.put(renamed[i], renamed[i + 1]);
            }
            return fieldsIn(formId, rule -> Optional.empty(), fieldOf);
        }

        /**
         * As {@link #fieldsIn(String, String...)}, with fields a form repeats per row placed by the page: {@code
         * placed} gives the client id and the label of a rule's field it knows (a slot's start in the third row).
         */
        public Attempt fieldsIn(String formId, Function<String, Optional<Place>> placed) {
            return fieldsIn(formId, placed, Map.of());
        }

        private Attempt fieldsIn(String formId, Function<String, Optional<Place>> placed, Map<String, String> fieldOf) {
            return onInvalid(invalid -> {
                if (invalid.field() == null) {
                    Messages.addGlobalError(invalid.messageKey(), invalid.arguments());
                    return;
                }
                Optional<Place> place = placed.apply(invalid.field());
                if (place.isPresent()) {
                    place.get().show(invalid);
                    return;
                }
                String clientId = formId + ":" + fieldOf.getOrDefault(invalid.field(), invalid.field());
                UIComponent field = Faces.getContext().getViewRoot().findComponent(clientId);
                if (field == null) {
                    // a rule about the whole (at least one figure, an address of some kind) is about no one field
                    Messages.addGlobalError(invalid.messageKey(), invalid.arguments());
                    return;
                }
                Object label = field.getAttributes().get("label");
                new Place(clientId, label == null ? null : label.toString()).show(invalid);
            });
        }


        /** Shows a broken rule as the page decides. */
        public Attempt onInvalid(Consumer<InvalidInputException> handler) {
            this.onInvalid = handler;
            this.shownByField = true;
            return this;
        }

        private static void incomplete() {
            Messages.addGlobalError("error.input.incomplete");
        }

        /** True when the call went through; otherwise the refusal is shown and the request marked failed. */
        public boolean run() {
            try {
                call.run();
                return true;
            } catch (InvalidInputException e) {
                // every rule the input broke, each once: two fields breaking one rule say it once on top of a page
                Set<String> said = new HashSet<>();
                e.all().stream().filter(each -> said.add((shownByField ? each.field() + '|' : "")
                        + each.messageKey() + '|' + Arrays.toString(each.arguments()))).forEach(onInvalid);
            } catch (AccessRefusedException e) {
                Messages.addGlobalError("error.forbidden");
            } catch (ConcurrentChangeException e) {
                onConflict.accept(e);
            } catch (ConstraintViolationException e) {
                incomplete();
            } catch (EJBException e) {
                // a facade's declared constraint (a value it must have) is checked before its rules, and comes wrapped
                if (!(e.getCause() instanceof ConstraintViolationException)) {
                    throw e;
                }
                incomplete();
            }
            Faces.validationFailed();
            return false;
        }
    }

    /** Where a refusal is shown: the field's client id, and its label when it has one. */
    public record Place(String clientId, String label) {

        void show(InvalidInputException invalid) {
            if (label == null) {
                Messages.addError(clientId, invalid.messageKey(), invalid.arguments());
            } else {
                Messages.addError(clientId, label + ": " + MessageTexts.text(invalid.messageKey(), invalid.arguments()));
            }
        }
    }
}
