package nl.arbeidsmigratie.regie.platform.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a reviewer looks for in the audit trail; every part left null (or empty) does not narrow. {@code target}
 * names one record exactly ({@code location:12}); {@code actor} is part of who acted: of the address the trail
 * keeps, or of the name of an account, whose addresses are {@code actorAddresses} (the trail keeps no names);
 * {@code actionPrefix} a kind of action ({@code enrolment.} for every change of an enrolment); {@code from} and
 * {@code until} bound when it happened (until exclusive); each of {@code mentions} must be found in the entry.
 */
public record AuditFilter(String target, String actor, String actionPrefix, Instant from, Instant until,
                          List<Mention> mentions, Set<String> actorAddresses) implements Serializable {

    public AuditFilter {
        mentions = mentions == null ? List.of()
                : mentions.stream().filter(m -> m != null && !m.text().isBlank()).distinct().toList();
        actorAddresses = actorAddresses == null ? Set.of() : Set.copyOf(actorAddresses);
    }

    public AuditFilter(String target, String actor, String actionPrefix, Instant from, Instant until,
                       List<Mention> mentions) {
        this(target, actor, actionPrefix, from, until, mentions, Set.of());
    }

    /** This filter, finding as {@code actor} also what the accounts with these addresses did. */
    public AuditFilter actingAs(Set<String> addresses) {
        return new AuditFilter(target, actor, actionPrefix, from, until, mentions, addresses);
    }

    /** Everything, or the entries of one record. */
    public static AuditFilter ofTarget(String target) {
        return new AuditFilter(target, null, null, null, null, List.of());
    }

    /**
     * Text that occurs, in any case, in who acted, the record named or what was before or after (part of a
     * location's name, a municipality's code); or that the reader's words for a kind of record ({@code kinds}, such
     * as {@code strategy} for "Strategie") or for what was done ({@code verbs}, such as {@code withdrawn} for
     * "ingetrokken") contain, as the page shows an entry in those words rather than by its stored names; or that
     * names one of {@code records} (targets such as {@code location:GM1783:12}), whose entries hold only its number;
     * or that is stored in one of {@code stored}, the forms a value the page shows is kept in ({@code 7777} for
     * "7.777", {@code 2026-10-01} for "01-10-2026").
     */
    public record Mention(String text, Set<String> kinds, Set<String> verbs, Set<String> records, Set<String> stored)
            implements Serializable {

        public Mention {
            text = text == null ? "" : text.strip();
            kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
            verbs = verbs == null ? Set.of() : Set.copyOf(verbs);
            records = records == null ? Set.of() : Set.copyOf(records);
            stored = stored == null ? Set.of() : Set.copyOf(stored);
        }

        public Mention(String text, Set<String> kinds, Set<String> verbs) {
            this(text, kinds, verbs, Set.of(), Set.of());
        }

        /** This mention, also finding a value kept in one of the {@code forms}. */
        public Mention storedAs(Set<String> forms) {
            return new Mention(text, kinds, verbs, records, forms);
        }

        /** Text to be found as it is stored. */
        public static Mention of(String text) {
            return new Mention(text, Set.of(), Set.of());
        }

        /** This mention, also finding the entries about {@code named}. */
        public Mention naming(Set<String> named) {
            return new Mention(text, kinds, verbs, named, stored);
        }
    }

    /** The parts of this filter that narrow, by name, as a record of a search keeps them. */
    public Map<String, Object> described() {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("record", target);
        parts.put("person", actor);
        parts.put("action", actionPrefix);
        parts.put("from", from);
        parts.put("until", until);
        parts.put("words", mentions.isEmpty() ? null
                : mentions.stream().map(Mention::text).collect(Collectors.joining(" ")));
        parts.values().removeIf(part -> part == null || part.toString().isBlank());
        return parts;
    }

    /** This filter with each mention also finding the records {@code named} gives for its text. */
    public AuditFilter naming(Function<String, Set<String>> named) {
        return new AuditFilter(target, actor, actionPrefix, from, until,
                mentions.stream().map(m -> m.naming(named.apply(m.text()))).toList(), actorAddresses);
    }
}
