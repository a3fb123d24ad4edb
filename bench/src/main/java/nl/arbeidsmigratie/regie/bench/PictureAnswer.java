package nl.arbeidsmigratie.regie.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The totals of a picture as the product's REST API answered it (a {@code RegionalPictureView} or
 * {@code NationalPictureView} in JSON), keyed as {@link PlainSql#totals} keys them: municipalities by code, regions
 * and provinces by "region " or "province " and their name, the country as "(all)". An area's figures are a flat
 * JSON object, so a pattern reads them; a figure the answer leaves out (no estimate) counts as 0, as in the SQL.
 */
final class PictureAnswer {

    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*}");
    private static final String[] FIELDS = {"estimateMin", "estimateMax", "locations", "beds", "occupancy",
            "bedsMeetingNorm"};

    private PictureAnswer() {
    }

    static Map<String, long[]> totals(String json) {
        Map<String, long[]> totals = new LinkedHashMap<>();
        list(json, "municipalities").forEach(area -> totals.put(text(area, "code"), figures(area)));
        list(json, "regions").forEach(area -> totals.put("region " + text(area, "name"), figures(area)));
        list(json, "provinces").forEach(area -> totals.put("province " + text(area, "name"), figures(area)));
        one(json, "provinceTotal").ifPresent(area -> totals.put("province " + text(area, "name"), figures(area)));
        one(json, "total").ifPresent(area -> totals.put("(all)", figures(area)));
        return totals;
    }

    /** The objects of the array field {@code name}. */
    private static List<String> list(String json, String name) {
        List<String> objects = new ArrayList<>();
        Matcher array = Pattern.compile("\"" + name + "\":\\[([^\\]]*)]").matcher(json);
        if (array.find()) {
            Matcher object = OBJECT.matcher(array.group(1));
            while (object.find()) {
                objects.add(object.group());
            }
        }
        return objects;
    }

    private static Optional<String> one(String json, String name) {
        Matcher object = Pattern.compile("\"" + name + "\":(\\{[^{}]*})").matcher(json);
        return object.find() ? Optional.of(object.group(1)) : Optional.empty();
    }

    private static long[] figures(String area) {
        long[] figures = new long[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            Matcher value = Pattern.compile("\"" + FIELDS[i] + "\":(-?\\d+)").matcher(area);
            figures[i] = value.find() ? Long.parseLong(value.group(1)) : 0;
        }
        return figures;
    }

    private static String text(String area, String field) {
        Matcher value = Pattern.compile("\"" + field + "\":\"([^\"]*)\"").matcher(area);
        if (!value.find()) {
            throw new IllegalStateException("an area without " + field + ": " + area);
        }
        return value.group(1);
    }
}
