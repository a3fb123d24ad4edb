package nl.arbeidsmigratie.regie.web.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import nl.arbeidsmigratie.regie.monitoring.api.ImportFileName;
import nl.arbeidsmigratie.regie.monitoring.api.ImportKind;
import nl.arbeidsmigratie.regie.monitoring.api.ImportOutcome;
import nl.arbeidsmigratie.regie.monitoring.api.ImportRefusedException;
import nl.arbeidsmigratie.regie.monitoring.api.MonitoringExports;
import nl.arbeidsmigratie.regie.monitoring.api.MonitoringImports;
import nl.arbeidsmigratie.regie.web.rest.AnswerSchemas;
import nl.arbeidsmigratie.regie.web.rest.BadParameterException;
import nl.arbeidsmigratie.regie.web.rest.CallerLanguage;
import nl.arbeidsmigratie.regie.web.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * CSV import and export of monitoring data (formats in docs/import-formats.md). An import is all or nothing: a
 * refused file is answered with every problem by line and column, and nothing of it is stored.
 */
@Path("/")
@RequestScoped
public class TransfersResource {

    static final String CSV = "text/csv";

    @Inject
    MunicipalityParameter municipalities;

    @Inject
    MonitoringImports imports;

    @Inject
    MonitoringExports exports;

    @Inject
    ImportLimit limit;

    @Context
    HttpHeaders headers;

    /**
     * A refused import: a problem document listing the lines at fault ({@code total} counts all of them), its title,
     * detail and each problem's reason in the caller's language (Accept-Language: Dutch or English). Described in
     * the OpenAPI document as {@value AnswerSchemas#IMPORT_REFUSAL}.
     */
    public record ImportProblems(String type, String title, int status, String detail, List<LineProblem> problems,
                                 long total) {
    }

    /**
     * One problem of a refused file: its line (0 for the file as a whole), column, message key, reason (in the
     * caller's language), a plain English detail for programs and logs, and the value the line holds in that column
     * (absent when the problem is not about one value).
     */
    public record LineProblem(long line, String column, String messageKey, String reason, String detail,
                              String value) {
    }

    /**
     * An imported file as {@link ImportOutcome} has it, its notes with their reason in the caller's language; described
     * in the OpenAPI document as ImportOutcome.
     */
    public record Imported(ImportKind kind, String fileName, String sha256, long rows, long added, long corrected,
                           long unchanged, boolean alreadyImported, List<Note> notes) {
    }

    /** A line recorded as sent that asks a look, with what the line holds and why, in the caller's language. */
    public record Note(long line, String column, String messageKey, List<String> arguments, String reason,
                       String detail, String value) {
    }

    @POST
    @Path("imports/{kind}")
    @Consumes(CSV)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "Transfers_importFile",
            summary = "Import a CSV file of counts, locations or occupancy reports",
            description = "Body text/csv only (anything else is answered 415: a type a browser may send from another "
                    + "site without asking is never imported). UTF-8 (a BOM is allowed), UTF-16 with its BOM or "
                    + "Windows-1252; header row with English or Dutch column names; separator ;, , or a tab (Excel's "
                    + "sep= line is read). Every row is checked before anything is written; rows that hold what is "
                    + "recorded already are counted unchanged, so the same file imported twice changes nothing the "
                    + "second time. Name the file with ?name= to find it in the history by its name.")
    @APIResponse(responseCode = "200", description = "Imported: rows read, added, corrected, unchanged",
            content = @Content(schema = @Schema(implementation = ImportOutcome.class)))
    @APIResponse(responseCode = "400", description = "Unknown kind (problem document)")
    @APIResponse(responseCode = "403", description = "Auditors do not import (problem document)")
    @APIResponse(responseCode = "413", description = "The file is larger than import.max-bytes (default 20 MB); "
            + "nothing stored (problem document naming the limit)")
    @APIResponse(responseCode = "409", description = "Someone else changed the same records (or imported the same "
            + "file) while this one was written; nothing stored, send it again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = AnswerSchemas.IMPORT_REFUSAL)))
    @APIResponse(responseCode = "415", description = "The body is not text/csv (problem document)")
    @APIResponse(responseCode = "422", description = "File refused; the problems by line and column, nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = AnswerSchemas.IMPORT_REFUSAL)))
    public Response importFile(
            @Parameter(description = "counts, locations or occupancy", required = true) @PathParam("kind") String kind,
            @Parameter(description = "File name, for the log and the reason of corrections") @QueryParam("name") String name,
            // HTTP's own framing, read to refuse a large file before reading it; not a parameter a caller sets
            @Parameter(hidden = true) @HeaderParam("Content-Length") Long length,
            @RequestBody(required = true,
                    content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
            InputStream body) throws IOException {
        ImportKind parsed = kind(kind);
        CallerLanguage language = CallerLanguage.of(headers);
        if (length != null && length > limit.maxBytes()) {
            limit.refuse(body);
            return tooLarge(language);
        }
        java.nio.file.Path file = Files.createTempFile("regie-import", ".csv");
        try {
            if (!limit.copyWithin(body, file)) {
                return tooLarge(language);
            }
            ImportOutcome o = imports.importFile(parsed, ImportFileName.of(name), file);
            List<Note> notes = o.notes().stream().map(n -> new Note(n.line(), n.column(), n.messageKey(),
                    n.arguments(), language.text(n.messageKey(), n.detail(), n.messageArguments()), n.detail(),
                    n.value())).toList();
            return Response.ok(new Imported(o.kind(), o.fileName(), o.sha256(), o.rows(), o.added(), o.corrected(),
                    o.unchanged(), o.alreadyImported(), notes), MediaType.APPLICATION_JSON).build();
        } catch (ImportRefusedException refused) {
            List<LineProblem> problems = refused.problems().stream().map(p -> new LineProblem(p.line(), p.column(),
                    p.messageKey(), language.text(p.messageKey(), p.detail(), p.messageArguments()), p.detail(),
                    p.value()))
                    .toList();
            if (refused.concurrent()) {
                // nothing wrong with the file: someone else changed its records meanwhile, so sending it again helps
                return Response.status(409).type(Problem.MEDIA_TYPE).entity(new ImportProblems("about:blank",
                        Response.Status.CONFLICT.getReasonPhrase(), 409, problems.get(0).reason(), problems,
                        refused.total())).build();
            }
            return Response.status(422, "Unprocessable Entity").type(Problem.MEDIA_TYPE).entity(new ImportProblems("about:blank",
                    language.text("import.api.refused.title", "File refused"), 422,
                    language.text("import.refused", "Nothing was imported: " + refused.total() + " problem(s).",
                            refused.total()), problems, refused.total())).build();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private Response tooLarge(CallerLanguage language) {
        return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, language.text("import.file.too-large",
                "The file is larger than the limit of " + limit.maxBytes() + " bytes; nothing was stored",
                Problem.megabytes(limit.maxBytes())) + " [" + limit.maxBytes() + " bytes ("
                + Problem.megabytes(limit.maxBytes()) + ")]", "body");
    }

    @GET
    @Path("imports/{kind}/template")
    @Produces({CSV, Problem.MEDIA_TYPE})
    @Operation(operationId = "Transfers_template", summary = "A template CSV file of counts, locations or occupancy",
            description = "The header of the kind and one example row: by default with the Dutch column names, "
                    + "separated by ;, or with language=en the English ones, separated by , with choices in English.")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "400", description = "Unknown kind or language (problem document)")
    public Response template(@Parameter(description = "counts, locations or occupancy", required = true) @PathParam("kind") String kind,
                             @Parameter(description = "nl (default) or en: the language of the column names")
                             @QueryParam("language") String language) {
        ImportKind parsed = kind(kind);
        boolean english = english(language);
        return csvFile(imports.template(parsed, english), ImportTemplates.fileName(parsed, english));
    }

    private static boolean english(String language) {
        if (language == null || language.isBlank() || language.strip().equalsIgnoreCase("nl")) {
            return false;
        }
        if (language.strip().equalsIgnoreCase("en")) {
            return true;
        }
        throw new BadParameterException("language", "language must be nl or en, not '" + language + "'",
                "error.api.one-of", "language", "nl, en", language);
    }

    @GET
    @Path("exports/{kind}")
    @Produces({CSV, Problem.MEDIA_TYPE})
    @Operation(operationId = "Transfers_export",
            summary = "Export a municipality's counts, locations or occupancy as CSV",
            description = "In the import format. Occupancy of 1 to 4 persons is shown as <5 to auditors; coordinators and "
                    + "the municipality's officers see the figures they record.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "400", description = "Unknown kind or municipality code (problem document)")
    @APIResponse(responseCode = "403", description = "Another municipality, for an officer (problem document)")
    public Response export(@Parameter(description = "counts, locations or occupancy", required = true) @PathParam("kind") String kind,
                           @Parameter(description = "CBS code, e.g. GM1783", required = true)
                           @QueryParam("municipality") String code) {
        ImportKind parsed = kind(kind);
        String municipality = municipalities.read(code);
        return csvFile(exports.export(parsed, municipality), ImportTemplates.exportName(parsed, municipality));
    }

    private static Response csvFile(String csv, String fileName) {
        return Response.ok(csv, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    private static ImportKind kind(String value) {
        try {
            return ImportKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadParameterException("kind", "kind must be counts, locations or occupancy, not '" + value + "'",
                    "error.api.one-of", "kind", "counts, locations, occupancy", value);
        }
    }
}
