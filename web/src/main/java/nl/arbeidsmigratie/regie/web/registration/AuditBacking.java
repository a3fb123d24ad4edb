package nl.arbeidsmigratie.regie.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.arbeidsmigratie.regie.platform.api.AuditEntryView;
import nl.arbeidsmigratie.regie.platform.api.AuditFilter;
import nl.arbeidsmigratie.regie.platform.api.AuditVerification;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.platform.api.SpreadsheetCsv;
import nl.arbeidsmigratie.regie.registration.api.AuditReview;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityQuery;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import nl.arbeidsmigratie.regie.web.faces.DateTimes;
import nl.arbeidsmigratie.regie.web.faces.DisplayValues;
import nl.arbeidsmigratie.regie.web.faces.MessageTexts;
import nl.arbeidsmigratie.regie.web.faces.SpreadsheetFiles;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit page: the trail newest first, found by person, kind of action, period, municipality and any part of
 * a name, each entry with readable labels and what changed before and after; and its verification on demand.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The kinds of action, as the first part of their name ({@code enrolment.withdrawn}). */
    private static final List<String> KINDS = List.of("account", "api-token", "audit", "count", "edition",
            "enrolment", "fair-share", "import", "inspection", "location", "login", "municipality", "newsletter",
            "norms", "occupancy", "region", "sessions", "signal", "stay-thresholds", "strategy");

    @Inject
    AuditReview review;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    DisplayValues values;

    @Inject
    DateTimes dateTimes;

    /** A field that holds the number of a record: {@code id}, {@code locationId}, {@code supersedes}. */
    private static final Pattern NUMBER_FIELD = Pattern.compile("(^|\\.)(id|supersedes)$|Id$");
    private static final Pattern RATE_FIELD = Pattern.compile("(^|\\.)registrationRate(Low|High)$");

    /**
     * The fields a reader looks for first, in the order a record names them: the trail stores a record's fields by
     * name, A to Z, which scatters a name and an address among the rest.
     */
    private static final List<String> FIRST_FIELDS = List.of("name", "title", "displayName", "email", "municipalityCode",
            "address.street", "address.houseNumber", "address.postcode", "address.place", "bagId", "status");

    private final Entries entries = new Entries();
    private AuditVerification verification;
    private List<MunicipalityView> municipalities = List.of();

    private String person;
    private String kind;
    private LocalDate from;
    private LocalDate until;
    private String municipalityCode;
    private String text;
    private AuditFilter filter = AuditFilter.ofTarget(null);
    /** Whether a search was made, whose result the page announces. */
    private boolean searched;
    /** The names now of the records the entries shown are about. */
    private Map<String, String> names = Map.of();

    @PostConstruct
    void init() {
        municipalities = directory.search(MunicipalityQuery.all()).items();
    }

    public void verify() {
        verification = review.verify();
    }

    /**
     * The entries the current filter finds (the newest {@value AuditReview#LARGEST_EXPORT}) as a CSV file to hand
     * on, in the page's words, then each entry as stored with its hashes: enough to recompute every hash outside the
     * application and to see that the file matches the chain the page verified.
     */
    public void export() throws IOException {
        Page<AuditEntryView> found = review.export(filter);
        Map<String, String> named = review.names(found.items().stream().map(AuditEntryView::target).toList());
        StringWriter csv = new StringWriter();
        try (SpreadsheetCsv printer = SpreadsheetCsv.writingTo(csv, Stream.of("id", "time", "actor", "action",
                "target", "name", "changes", "action.stored", "target.stored", "actor.stored", "time.stored",
                "before.stored", "after.stored", "hash.previous", "hash", "hash.version")
                .map(column -> MessageTexts.text("audit.csv." + column)).toArray(String[]::new))) {
            for (AuditEntryView e : found.items()) {
                printer.printRecord(e.id(), dateTimes.seconds(e.occurredAt()),
                        values.actor(e.actor()), action(e.action()), target(e.target()), named.get(e.target()),
                        changes(e).stream().map(c -> c.field() + ": " + (c.before() == null || c.before().isEmpty()
                                ? "" : c.before() + " → ") + c.after()).collect(Collectors.joining("; ")),
                        e.action(), e.target(), e.actor(), e.occurredAt().toString(), e.before(), e.after(),
                        e.previousHash(), e.hash(), e.hashVersion());
            }
        }
        SpreadsheetFiles.send(csv.toString(), "audittrail-" + LocalDate.now(DutchTime.ZONE) + ".csv");
    }

    /** Shows the entries the filters find, from the first page. */
    public void search() {
        searched = true;
        if (from != null && until != null && until.isBefore(from)) {
            // a period that ends before it begins finds nothing, and would say only that
            Messages.addError("audit:until", "audit.period.reversed");
            Faces.validationFailed();
            return;
        }
        AuditFilter asked = new AuditFilter(null, person, kind == null ? null : kind + ".",
                from == null ? null : from.atStartOfDay(DutchTime.ZONE).toInstant(),
                until == null ? null : until.plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant(),
                mentions(municipalityCode, text, bundle()));
        if (asked.mentions().size() > AuditReview.MOST_WORDS) {
            // the municipality chosen is searched for as one of them
            Messages.addError("audit:text", municipalityCode == null || municipalityCode.isBlank()
                    ? "error.audit.words" : "error.audit.words.municipality", AuditReview.MOST_WORDS);
            Faces.validationFailed();
            return;
        }
        filter = asked;
        DataTable table = Components.findComponent("audit:entries");
        if (table != null) {
            table.setFirst(0);
        }
    }

    /**
     * The municipality chosen and each word of the text, every one of which an entry must hold; a word the page's
     * names of kinds of record or of actions contain ("strategie", "ingetrokken") also finds the entries so named.
     */
    static List<AuditFilter.Mention> mentions(String municipalityCode, String text, ResourceBundle bundle) {
        List<AuditFilter.Mention> mentions = new ArrayList<>();
        mentions.add(AuditFilter.Mention.of(municipalityCode));
        for (String word : text == null ? new String[0] : text.strip().split("\\s+")) {
            String lower = word.toLowerCase(bundle.getLocale());
            mentions.add(new AuditFilter.Mention(word, named(bundle, "audit.kind.", lower),
                    named(bundle, "audit.verb.", lower)).storedAs(stored(word)));
        }
        return mentions;
    }

    /**
     * The forms a value the page shows is stored in, so that a value copied from the page finds its entry: a number
     * with thousands separators as its digits ("7.777", "7,777"), a date as written on the pages as the ISO date.
     */
    static Set<String> stored(String word) {
        if (word.matches("\\d{1,3}([.,]\\d{3})+")) {
            return Set.of(word.replaceAll("[.,]", ""));
        }
        return DutchDates.parseDate(word).filter(date -> DutchDates.shapedLikeDate(word)).map(LocalDate::toString)
                .map(Set::of).orElse(Set.of());
    }

    /** The names after {@code prefix} of the bundle's keys whose text contains {@code word}. */
    private static Set<String> named(ResourceBundle bundle, String prefix, String word) {
        return word.isEmpty() ? Set.of() : bundle.keySet().stream().filter(key -> key.startsWith(prefix))
                .filter(key -> bundle.getString(key).toLowerCase(bundle.getLocale()).contains(word))
                .map(key -> key.substring(prefix.length())).collect(Collectors.toSet());
    }

    public void clear() {
        person = null;
        kind = null;
        from = null;
        until = null;
        municipalityCode = null;
        text = null;
        search();
    }

    /**
     * The action in words: "Aanmelding · ingetrokken" for {@code enrolment.withdrawn}, and "Strategie · Hoofdstuk ·
     * toegevoegd" for {@code strategy.section.added}, whose module names what it did to which record.
     */
    public String action(String action) {
        return action(action, bundle());
    }

    static String action(String action, ResourceBundle bundle) {
        int dot = action.indexOf('.');
        if (dot < 0) {
            return action;
        }
        String what = action.substring(dot + 1);
        int last = what.lastIndexOf('.');
        String words = last < 0 || bundle.containsKey("audit.verb." + what) ? verb(what, bundle)
                : kind(what.substring(0, last), bundle) + " · " + verb(what.substring(last + 1), bundle);
        return kind(action.substring(0, dot), bundle) + " · " + words;
    }

    private static String verb(String verb, ResourceBundle bundle) {
        return label(bundle, "audit.verb." + verb, verb.replace('-', ' ').replace('.', ' '));
    }

    private static String kind(String kind, ResourceBundle bundle) {
        return label(bundle, "audit.kind." + kind, kind);
    }

    /**
     * The record an entry is about: "Locatie · GM1783 · 12" for {@code location:GM1783:12}; a part the kind's own
     * words name ({@code import:OCCUPANCY:…}, {@code import.kind.OCCUPANCY}) in those words.
     */
    public String target(String target) {
        return target(target, bundle());
    }

    static String target(String target, ResourceBundle bundle) {
        int colon = target.indexOf(':');
        if (colon < 0) {
            return target;
        }
        String kind = target.substring(0, colon);
        StringBuilder words = new StringBuilder(kind(kind, bundle));
        for (String part : target.substring(colon + 1).split(":", -1)) {
            words.append(" · ").append(label(bundle, kind + ".kind." + part, part));
        }
        return words.toString();
    }

    /** The name the record {@code target} names has now, if it is one known by name; null otherwise. */
    public String name(String target) {
        return names.get(target);
    }

    public String kindLabel(String kind) {
        return kind(kind, bundle());
    }

    /** The text of {@code key}; {@code otherwise} for an action the bundle does not name. */
    private static String label(ResourceBundle bundle, String key, String otherwise) {
        return bundle.containsKey(key) ? bundle.getString(key) : otherwise;
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(MessageTexts.BUNDLE, Faces.getLocale());
    }

    /** Each field that differs between before and after, in words; a field of a new record has no before. */
    public List<Change> changes(AuditEntryView entry) {
        Map<String, String> before = flat(entry.before(), values::listItem);
        Map<String, String> after = flat(entry.after(), values::listItem);
        Set<String> stored = new LinkedHashSet<>(before.keySet());
        stored.addAll(after.keySet());
        List<String> fields = readingOrder(stored);
        String kind = entry.target().contains(":") ? entry.target().substring(0, entry.target().indexOf(':')) : null;
        return fields.stream().filter(f -> !Objects.equals(before.get(f), after.get(f)))
                .map(f -> new Change(values.field(f), shown(f, before.get(f), kind), shown(f, after.get(f), kind)))
                .toList();
    }

    /** The fields of an entry with those a reader looks for first ahead, the rest as stored. */
    static List<String> readingOrder(Collection<String> fields) {
        return fields.stream().sorted(Comparator.comparingInt(
                f -> FIRST_FIELDS.contains(f) ? FIRST_FIELDS.indexOf(f) : FIRST_FIELDS.size())).toList();
    }

    /**
     * A stored value in words; a record's number as it is stored, which no thousands separator splits; a rate as the
     * percentage the pages show ({@code 0.4305}: 43%).
     */
    private String shown(String field, String value, String kind) {
        if (value != null && RATE_FIELD.matcher(field).find()) {
            try {
                return values.percent(Double.valueOf(value));
            } catch (NumberFormatException notANumber) {
                return values.text(value, kind);
            }
        }
        return NUMBER_FIELD.matcher(field).find() ? value : values.text(value, kind);
    }

    /** One field before and after, as shown. */
    public record Change(String field, String before, String after) implements Serializable {
    }

    /**
     * A stored JSON value as dotted paths to text; text that is no JSON object stands as one field. The items of a
     * list are each put in {@code words}, as they are joined into one text.
     */
    private Map<String, String> flat(String json, UnaryOperator<String> words) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return fields;
        }
        try {
            JsonValue value = Json.createReader(new StringReader(json)).readValue();
            flatten("", value, fields, words);
        } catch (JsonException notJson) {
            fields.put("value", json);
        }
        return fields;
    }

    private void flatten(String path, JsonValue value, Map<String, String> into, UnaryOperator<String> words) {
        switch (value.getValueType()) {
            case OBJECT -> ((JsonObject) value).forEach((name, v) -> flatten(path.isEmpty() ? name : path + "." + name,
                    v, into, words));
            case ARRAY -> into.put(path.isEmpty() ? "value" : path, value.asJsonArray().stream().map(v -> {
                String message = message(v);
                if (message != null) {
                    return message;
                }
                Map<String, String> item = new LinkedHashMap<>();
                flatten("", v, item, words);
                // an item's own id and version mean nothing to a reader; its period reads from start to end
                item.keySet().removeAll(Set.of("id", "version"));
                String start = item.remove("startsAt");
                String end = item.remove("endsAt");
                String period = start == null ? "" : words.apply(start) + (end == null ? "" : " – " + words.apply(end));
                // an item of several fields names each, as a record's own fields are named
                java.util.stream.Stream<String> fields = item.size() == 1 ? item.values().stream().map(words)
                        : item.entrySet().stream().map(f -> values.field(f.getKey()) + ": " + words.apply(f.getValue()));
                return java.util.stream.Stream.concat(java.util.stream.Stream.of(period).filter(p -> !p.isEmpty()),
                        fields).collect(Collectors.joining(item.size() == 1 ? " " : ", "));
            }).collect(Collectors.joining("; ")));
            case STRING -> into.put(path.isEmpty() ? "value" : path, ((JsonString) value).getString());
            case NUMBER -> into.put(path.isEmpty() ? "value" : path, ((JsonNumber) value).bigDecimalValue()
                    .stripTrailingZeros().toPlainString());
            case NULL -> {
            }
            default -> into.put(path.isEmpty() ? "value" : path, value.toString());
        }
    }

    /**
     * A note or problem kept with its message's key and arguments (an import's notes), as the person was told it, with
     * the line and column it is about; null for any other item.
     */
    private String message(JsonValue item) {
        if (item.getValueType() != JsonValue.ValueType.OBJECT
                || !(item.asJsonObject().get("messageKey") instanceof JsonString key)) {
            return null;
        }
        ResourceBundle bundle = bundle();
        if (!bundle.containsKey(key.getString())) {
            return null;
        }
        JsonObject note = item.asJsonObject();
        // kept as text; a whole number is one again, as a message may choose its words by it
        Object[] arguments = note.get("arguments") instanceof JsonArray list
                ? list.stream().map(a -> a instanceof JsonString text ? text.getString() : a.toString())
                        .map(a -> a.matches("-?\\d{1,9}") ? (Object) Long.valueOf(a) : a).toArray() : new Object[0];
        String text = MessageTexts.format(bundle.getString(key.getString()), arguments);
        String line = note.get("line") instanceof JsonNumber number && number.longValue() > 0
                ? String.valueOf(number.longValue()) : null;
        String column = note.get("column") instanceof JsonString named ? named.getString() : null;
        return line == null ? text : column == null ? MessageTexts.format(bundle.getString("audit.item.line"), line, text)
                : MessageTexts.format(bundle.getString("audit.item.cell"), line, column, text);
    }

    public LazyDataModel<AuditEntryView> getEntries() {
        return entries;
    }

    public AuditVerification getVerification() {
        return verification;
    }

    /** How the chain was found broken, in the page's language. */
    public String getBreach() {
        return verification == null || verification.intact() ? null : MessageTexts.text(
                "audit.breach." + verification.breach().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                verification.figures().toArray());
    }

    public boolean isSearched() {
        return searched;
    }

    /** The kinds by their words in the page's language, as a reader looks for them. */
    public List<String> getKinds() {
        ResourceBundle bundle = bundle();
        Collator order = Collator.getInstance(Faces.getLocale());
        return KINDS.stream().sorted(Comparator.comparing(kind -> kind(kind, bundle), order)).toList();
    }

    public List<MunicipalityView> getMunicipalities() {
        return municipalities;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null || kind.isBlank() || !KINDS.contains(kind) ? null : kind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** Pages through the entries the filter finds, in the database. */
    private final class Entries extends LazyDataModel<AuditEntryView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) review.search(filter, 0, 1).total();
        }

        @Override
        public List<AuditEntryView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            Page<AuditEntryView> page = review.search(filter, first, pageSize);
            names = review.names(page.items().stream().map(AuditEntryView::target).toList());
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(AuditEntryView entry) {
            return String.valueOf(entry.id());
        }
    }
}
