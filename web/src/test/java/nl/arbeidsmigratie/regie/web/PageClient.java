package nl.arbeidsmigratie.regie.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages as a script sees them, without a browser: one HTTP session (its cookies), pages fetched as HTML, and
 * form posts built from what a page rendered, its view state and CSP nonce included, as full posts or as
 * PrimeFaces ajax posts. Redirects are not followed, so a caller sees where it is sent.
 */
final class PageClient {

    private static final Pattern FORM = Pattern.compile("<form id=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern SELECT = Pattern.compile("<select\\b[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>",
            Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>",
            Pattern.DOTALL);
    /** Buttons that post (a {@code type="button"} one only acts in the browser) and PrimeFaces command links. */
    private static final Pattern COMMAND = Pattern.compile(
            "<button id=\"([^\"]+)\" name=\"[^\"]+\"[^>]*type=\"submit\"|<a id=\"([^\"]+)\"[^>]*class=\"ui-commandlink");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    /** An ajax command's script: its id, what it processes and what it updates (client ids with commas). */
    private static final Pattern AJAX = Pattern.compile("PrimeFaces\\.ab\\(\\{([^}]*)}");
    private static final Pattern AJAX_OPTION = Pattern.compile("\\b([spuef]):\"([^\"]*)\"");
    /** A dialog that loads its content when first opened: its client id. */
    private static final Pattern DYNAMIC_DIALOG = Pattern.compile(
            "PrimeFaces\\.cw\\(\"Dialog\",\"[^\"]*\",\\{id:\"([^\"]+)\"[^;]*?dynamic:true");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final URI base;
    private final HttpClient client;

    PageClient(URL base) {
        this.base = URI.create(base.toString());
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A session signed in through the login page; fails unless the sign-in is accepted. */
    static PageClient signedIn(URL base, String email, String password) throws IOException, InterruptedException {
        PageClient session = new PageClient(base);
        Page login = session.get("login.xhtml");
        Map<String, String> fields = new LinkedHashMap<>(login.form("login").fields());
        fields.put("login:email", email);
        fields.put("login:password", password);
        Page answer = session.post(login, "login", "login:submit", fields, null);
        if (answer.status() != 302 || !answer.location().contains("app/home")) {
            throw new IllegalStateException("sign-in of " + email + " refused: " + answer.status());
        }
        return session;
    }

    /** The session ids this client's cookies carry: the one before signing in may still be kept beside the new. */
    List<String> sessionIds() {
        return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(java.net.HttpCookie::getValue).toList();
    }

    Page get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        return page(path, response);
    }

    /**
     * Posts {@code form} of {@code page} as if {@code command} was clicked: with the page's view state and nonce and
     * the given fields; as an ajax post that processes and updates what the command's script names, or, without
     * one, as a full post.
     */
    Page post(Page page, String form, String command, Map<String, String> fields, Ajax ajax)
            throws IOException, InterruptedException {
        Map<String, String> params = new LinkedHashMap<>(fields);
        params.put(form, form);
        params.put(command, command);
        params.put("jakarta.faces.ViewState", page.viewState());
        params.put("primefaces.nonce", page.nonce());
        if (ajax != null) {
            params.put("jakarta.faces.partial.ajax", "true");
            params.put("jakarta.faces.source", command);
            params.put("jakarta.faces.partial.execute", ajax.process());
            if (!ajax.update().isEmpty()) {
                params.put("jakarta.faces.partial.render", ajax.update());
            }
            if (!ajax.event().isEmpty()) {
                params.remove(command);
                params.put("jakarta.faces.behavior.event", ajax.event());
                params.put("jakarta.faces.partial.event", ajax.event());
            }
        }
        return postForm(page.path(), params, ajax != null ? Map.of("Faces-Request", "partial/ajax") : Map.of());
    }

    /**
     * Opens a dialog of {@code page} that loads its content when first opened, as the browser does on showing it:
     * an ajax post that processes and updates the dialog. The answer holds the dialog's forms and commands.
     */
    Page openDialog(Page page, String dialog) throws IOException, InterruptedException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("jakarta.faces.partial.ajax", "true");
        params.put("jakarta.faces.source", dialog);
        params.put("jakarta.faces.partial.execute", dialog);
        params.put("jakarta.faces.partial.render", dialog);
        params.put(dialog + "_contentLoad", "true");
        params.put("jakarta.faces.ViewState", page.viewState());
        params.put("primefaces.nonce", page.nonce());
        return postForm(page.path(), params, Map.of("Faces-Request", "partial/ajax"));
    }

    /**
     * What an ajax command processes and updates, as client ids separated by spaces; for an ajax behaviour of an
     * input (a listener on its change, say) also the event and the form.
     */
    record Ajax(String process, String update, String event, String form) {
    }

    /** A form post of exactly these parameters and headers, for posts no page would send. */
    Page postForm(String path, Map<String, String> params, Map<String, String> headers)
            throws IOException, InterruptedException {
        String body = params.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.replaceFirst("\\?.*", "")))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return page(path, client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** A post of exactly this body with this content type, whatever it holds. */
    Page postRaw(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return page(path, client.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** A multipart post of these parameters and one file part, as a script would forge an upload. */
    Page postUpload(String path, Map<String, String> params, String fileField, String fileName, byte[] content,
                    Map<String, String> headers) throws IOException, InterruptedException {
        String boundary = "regie-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : params.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.replaceFirst("\\?.*", "")))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        return page(path, client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static Page page(String path, HttpResponse<String> response) {
        return new Page(path, response.statusCode(), response.headers().firstValue("Location").orElse(""),
                response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A form as rendered: the values it would post and the commands that post it. */
    record Form(String id, Map<String, String> fields, List<String> commands) {
    }

    /** An answer: its status, where it redirects to, its media type and body. */
    record Page(String path, int status, String location, String contentType, String body) {

        String viewState() {
            Matcher m = VIEW_STATE.matcher(body);
            return m.find() ? unescape(m.group(1)) : "";
        }

        String nonce() {
            Matcher m = NONCE.matcher(body);
            return m.find() ? m.group(1) : "";
        }

        /** Every form of the page by id, in page order. */
        Map<String, Form> forms() {
            Map<String, Form> forms = new LinkedHashMap<>();
            Matcher form = FORM.matcher(body);
            while (form.find()) {
                forms.put(form.group(1), parse(form.group(1), form.group(2)));
            }
            return forms;
        }

        /** The client ids of the page's dialogs that load their content when first opened. */
        List<String> dynamicDialogs() {
            List<String> dialogs = new ArrayList<>();
            Matcher dialog = DYNAMIC_DIALOG.matcher(body);
            while (dialog.find()) {
                dialogs.add(dialog.group(1));
            }
            return dialogs;
        }

        /** The ajax commands of the page by id; a command not named here posts its form in full. */
        Map<String, Ajax> ajaxCommands() {
            Map<String, Ajax> commands = new LinkedHashMap<>();
            Matcher script = AJAX.matcher(body);
            while (script.find()) {
                Map<String, String> options = new LinkedHashMap<>();
                Matcher option = AJAX_OPTION.matcher(script.group(1));
                while (option.find()) {
                    options.putIfAbsent(option.group(1), option.group(2).replace(',', ' '));
                }
                if (options.containsKey("s")) {
                    commands.putIfAbsent(options.get("s"), new Ajax(options.getOrDefault("p", options.get("s")),
                            options.getOrDefault("u", ""), options.getOrDefault("e", ""),
                            options.getOrDefault("f", "")));
                }
            }
            return commands;
        }

        Form form(String id) {
            Form form = forms().get(id);
            if (form == null) {
                throw new IllegalStateException("no form " + id + " on " + path + " (" + status + ")");
            }
            return form;
        }

        private static Form parse(String id, String html) {
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(html);
            while (input.find()) {
                String attributes = input.group(1);
                String name = attribute(attributes, "name");
                String type = attribute(attributes, "type");
                boolean choice = "checkbox".equals(type) || "radio".equals(type);
                if (name != null && !name.equals("jakarta.faces.ViewState") && !"submit".equals(type)
                        && (!choice || attributes.contains("checked"))) {
                    String value = attribute(attributes, "value");
                    fields.put(name, value == null ? "" : unescape(value));
                }
            }
            Matcher select = SELECT.matcher(html);
            while (select.find()) {
                Matcher selected = SELECTED.matcher(select.group(2));
                fields.put(select.group(1), selected.find() ? unescape(selected.group(1)) : "");
            }
            Matcher textarea = TEXTAREA.matcher(html);
            while (textarea.find()) {
                fields.put(textarea.group(1), unescape(textarea.group(2)));
            }
            List<String> commands = new ArrayList<>();
            Matcher command = COMMAND.matcher(html);
            while (command.find()) {
                commands.add(command.group(1) != null ? command.group(1) : command.group(2));
            }
            return new Form(id, fields, commands);
        }

        private static String attribute(String attributes, String name) {
            Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
            return m.find() ? m.group(1) : null;
        }

        private static String unescape(String html) {
            return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&amp;", "&");
        }
    }
}
