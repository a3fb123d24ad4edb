package nl.arbeidsmigratie.regie.registration.api;

/**
 * What a coordinator writes: subject, body with simple formatting (HTML, sanitised before it is stored) and
 * the language of the subscribers it goes to ("nl" or "en").
 */
public record IssueDraft(String subject, String body, String language) {
}
