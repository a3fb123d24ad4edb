package nl.arbeidsmigratie.regie.web.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.arbeidsmigratie.regie.platform.api.AuditEntryView;
import nl.arbeidsmigratie.regie.platform.api.AuditFilter;
import nl.arbeidsmigratie.regie.platform.api.AuditVerification;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.registration.api.AuditReview;
import nl.arbeidsmigratie.regie.web.rest.BadParameterException;
import nl.arbeidsmigratie.regie.web.rest.MomentParameters;
import nl.arbeidsmigratie.regie.web.rest.PagedAnswers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The audit trail for auditors and coordinators, as on the audit page: its entries searched and paged, each with
 * the stored texts and hashes its place in the chain rests on, so a reviewer can recompute the chain with tools of
 * their own; and the verification of the whole chain, which is itself recorded in the trail.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not an auditor or coordinator (problem document)")
public class AuditResource {

    private static final int DEFAULT_LIMIT = 100;

    @Inject
    AuditReview review;

    @GET
    @Path("entries")
    @Operation(operationId = "Audit_entries", summary = "Search the audit trail (auditors, coordinators)",
            description = "Newest first. Every parameter narrows; none gives the whole trail. Paged: the header "
                    + "X-Total-Count says how many entries are found, and a Link header with rel=\"next\" gives the "
                    + "next page while there is one.")
    @APIResponse(responseCode = "200", description = "One page of entries",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AuditTrailEntry.class)),
            headers = {@Header(name = "X-Total-Count", description = "How many entries are found in all",
                    schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = "Link", description = "rel=\"next\": the next page, while there is one",
                    schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "A parameter cannot be read (problem document naming it)")
    public List<AuditTrailEntry> entries(
            @Parameter(description = "One record exactly, as entries name it, e.g. location:GM1783:12")
            @QueryParam("record") String record,
            @Parameter(description = "Part of the name or e-mail address of who acted") @QueryParam("person")
            String person,
            @Parameter(description = "The start of the action, e.g. count. for every change of a count")
            @QueryParam("action") String action,
            @Parameter(description = "From this moment: a date (its start in the Netherlands) or an ISO instant")
            @QueryParam("from") String from,
            @Parameter(description = "Until this moment, exclusive: a date (its end in the Netherlands, so the day "
                    + "is included) or an ISO instant") @QueryParam("until") String until,
            @Parameter(description = "Words that must each occur in who acted, the record or what was before or "
                    + "after, in any case; a record's name finds its entries; at most " + AuditReview.MOST_WORDS)
            @QueryParam("text") String text,
            @Parameter(description = "How many entries to skip, from 0",
                    schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("offset") @DefaultValue("0")
            String offset,
            @Parameter(description = "Entries per page, 1 to " + AuditReview.LARGEST_PAGE,
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit")
            @DefaultValue("" + DEFAULT_LIMIT) String limit,
            @Context UriInfo uri, @Context HttpServletResponse response) {
        int skip = BadParameterException.wholeNumber("offset", offset, 0, Integer.MAX_VALUE - AuditReview.LARGEST_PAGE);
        int size = BadParameterException.wholeNumber("limit", limit, 1, AuditReview.LARGEST_PAGE);
        Instant since = MomentParameters.bound("from", from, false);
        Instant before = MomentParameters.bound("until", until, true);
        if (since != null && before != null && !since.isBefore(before)) {
            throw new BadParameterException("until", "until must be later than from", "error.api.period", "until");
        }
        // words apart by any space, a no-break one too, as a copied text may have them
        List<AuditFilter.Mention> words = text == null ? List.of() : Arrays.stream(text.split("(?U)\\s+"))
                .filter(word -> !word.isEmpty()).map(AuditFilter.Mention::of).toList();
        Page<AuditEntryView> page = review.search(new AuditFilter(blankless(record), blankless(person),
                blankless(action), since, before, words), skip, size);
        Map<String, String> names = review.names(page.items().stream().map(AuditEntryView::target).toList());
        Page<AuditTrailEntry> entries = new Page<>(page.items().stream().map(e -> new AuditTrailEntry(e.id(),
                e.occurredAt().toString(), e.actor(), e.action(), e.target(), names.getOrDefault(e.target(), ""),
                e.before(), e.after(), e.previousHash(), e.hash(), e.hashVersion())).toList(), page.total(),
                page.offset(), page.limit());
        return PagedAnswers.items(entries, skip, size, uri, response);
    }

    @GET
    @Path("verification")
    @Operation(operationId = "Audit_verify", summary = "Verify the whole chain now (auditors, coordinators)",
            description = "Walks every entry and its seal: intact, or the first entry found altered or removed, how "
                    + "(breach) and in plain English (reason). Changes nothing; that it was verified, by whom and "
                    + "with what outcome is recorded in the trail, as the audit page's verification is: the entries "
                    + "of record audit-trail are the verifications, the latest first.")
    @APIResponse(responseCode = "200", description = "The outcome",
            content = @Content(schema = @Schema(implementation = ChainVerification.class)))
    public ChainVerification verify() {
        AuditVerification found = review.verify();
        return new ChainVerification(found.intact(), found.entriesChecked(), found.firstBrokenEntry(),
                found.breach() == null ? null : found.breach().name(), found.reason());
    }

    /**
     * A HEAD asks whether the verification is there to ask for, not for one: it verifies nothing and records nothing,
     * as a GET would, for a link checker or monitor.
     */
    @HEAD
    @Path("verification")
    @Operation(hidden = true)
    public Response verificationThere() {
        review.lastVerification();
        return Response.ok().build();
    }

    /** The value without spaces of any kind around it; null for none or spaces only. */
    private static String blankless(String value) {
        String stripped = value == null ? "" : value.replaceAll("(?U)^\\s+|\\s+$", "");
        return stripped.isEmpty() ? null : stripped;
    }
}
