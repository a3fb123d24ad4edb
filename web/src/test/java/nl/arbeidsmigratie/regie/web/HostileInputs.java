package nl.arbeidsmigratie.regie.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The product's list of hostile inputs (test resource {@code hostile-inputs.txt}), decoded. */
final class HostileInputs {

    /** One hostile input and a printable name for it (control characters and long runs written out). */
    record Input(String text, String label) {

        boolean hasControlCharacter() {
            return text.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n'
                    && c != '\r');
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private HostileInputs() {
    }

    static List<Input> all() {
        try (InputStream in = HostileInputs.class.getResourceAsStream("/hostile-inputs.txt")) {
            if (in == null) {
                throw new IllegalStateException("no hostile-inputs.txt on the test class path");
            }
            List<Input> inputs = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty() || line.startsWith("#") && !line.startsWith("#{")) {
                    continue;
                }
                if (line.startsWith("repeat ")) {
                    String[] parts = line.split(" ", 3);
                    int length = Integer.parseInt(parts[1]);
                    inputs.add(new Input(parts[2].repeat(length / parts[2].length()),
                            length + " × '" + parts[2] + "'"));
                } else {
                    inputs.add(new Input(decoded(line), line));
                }
            }
            return List.copyOf(inputs);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decoded(String line) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '\\') {
                text.append('\\');
                i++;
            } else if (c == '\\' && i + 5 < line.length() && line.charAt(i + 1) == 'u') {
                text.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
