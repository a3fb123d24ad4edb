package nl.arbeidsmigratie.regie.web.sessions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.arbeidsmigratie.regie.platform.api.EmailAddress;
import nl.arbeidsmigratie.regie.registration.api.Editions;
import nl.arbeidsmigratie.regie.sessions.api.Availability;
import nl.arbeidsmigratie.regie.sessions.api.CalendarFeedLink;
import nl.arbeidsmigratie.regie.sessions.api.DatePollView;
import nl.arbeidsmigratie.regie.sessions.api.DatePolls;
import nl.arbeidsmigratie.regie.sessions.api.MeetingCalendars;
import nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning;
import nl.arbeidsmigratie.regie.sessions.api.MeetingRegistrations;
import nl.arbeidsmigratie.regie.sessions.api.MeetingSeriesView;
import nl.arbeidsmigratie.regie.sessions.api.MeetingView;
import nl.arbeidsmigratie.regie.sessions.api.NewRegistration;
import nl.arbeidsmigratie.regie.sessions.api.PollGuest;
import nl.arbeidsmigratie.regie.sessions.api.PollResults;
import nl.arbeidsmigratie.regie.sessions.api.RegistrationView;
import nl.arbeidsmigratie.regie.web.faces.RecordIds;
import nl.arbeidsmigratie.regie.web.rest.BadParameterException;
import nl.arbeidsmigratie.regie.web.rest.CallerLanguage;
import nl.arbeidsmigratie.regie.web.rest.CreatedAnswers;
import nl.arbeidsmigratie.regie.web.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The learning circle's meetings: the series of the current edition, one meeting, its date poll and its .ics, poll
 * results and answering, guests invited to a poll, one's own municipality's registrations, one's calendar
 * subscription address.
 * The same facades as the pages, so the same rules: everyone signed in reads meetings and polls, officers answer and
 * register for their own municipality, coordinators invite guests, auditors read.
 */
@Path("sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not allowed for this role or municipality (problem document)")
public class SessionsResource {

    @Inject
    Editions editions;

    @Inject
    MeetingPlanning planning;

    @Inject
    MeetingRegistrations registrations;

    @Inject
    DatePolls polls;

    @Inject
    MeetingCalendars calendars;

    @GET
    @Path("series/current")
    @Operation(operationId = "Sessions_currentSeries",
            summary = "The meeting series people are going to: the one with the next announced meeting, else that of the current edition")
    @APIResponse(responseCode = "200", description = "The series with its meetings; startsAt null means date to follow",
            content = @Content(schema = @Schema(implementation = MeetingSeriesView.class)))
    @APIResponse(responseCode = "404", description = "No current edition, or no series planned for it")
    public Response currentSeries() {
        return SessionsPages.running(editions, planning).flatMap(edition -> planning.seriesOfEdition(edition.id()))
                .map(series -> Response.ok(series).build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "no series planned", null));
    }

    @GET
    @Path("series/{id}")
    @Operation(operationId = "Sessions_series", summary = "A meeting series by id, with its meetings")
    @APIResponse(responseCode = "200", description = "The series",
            content = @Content(schema = @Schema(implementation = MeetingSeriesView.class)))
    @APIResponse(responseCode = "404", description = "No series with this id")
    public MeetingSeriesView series(@PathParam("id") long id) {
        return planning.series(id);
    }

    @GET
    @Path("meetings/{id}")
    @Operation(operationId = "Sessions_meeting",
            summary = "One meeting: themes, format, venue or link, times (Dutch local time), agenda, status")
    @APIResponse(responseCode = "200", description = "The meeting",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "404", description = "No meeting with this id")
    public MeetingView meeting(@PathParam("id") long id) {
        return planning.meeting(id);
    }

    @GET
    @Path("meetings/{id}/poll")
    @Operation(operationId = "Sessions_meetingPoll",
            summary = "The meeting's date poll: the open one, else the latest that ended; its results at polls/{id}",
            description = "Whoever reads the meeting; none for an officer whose municipality is not invited, as the "
                    + "meeting's page then shows none.")
    @APIResponse(responseCode = "200", description = "The poll as the caller sees it, with their own answers",
            content = @Content(schema = @Schema(implementation = DatePollView.class)))
    @APIResponse(responseCode = "404", description = "No meeting with this id, or no date poll of it (problem document)")
    public Response meetingPoll(@PathParam("id") long id, @Context HttpHeaders headers) {
        // a meeting the caller may not read, or that is not there, is refused as such before its poll is looked for
        planning.meeting(id);
        return polls.latestPollOf(id).map(poll -> Response.ok(poll).build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, CallerLanguage.of(headers).text(
                        "poll.none", "There is no date poll for this meeting."), "id"));
    }

    @GET
    @Path("meetings/{id}/calendar")
    @Produces({"text/calendar", Problem.MEDIA_TYPE})
    @Operation(operationId = "Sessions_calendar",
            summary = "One meeting as an iCalendar file (provisional meetings are tentative)")
    @APIResponse(responseCode = "200", description = "The .ics file",
            content = @Content(mediaType = "text/calendar"))
    @APIResponse(responseCode = "400", description = "The meeting has no date announced yet (problem document)")
    @APIResponse(responseCode = "404", description = "No meeting with this id")
    public Response calendar(@PathParam("id") long id, @Context HttpHeaders headers) {
        // in the language Accept-Language asks for; without one, in the caller's own
        String language = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE) == null ? null
                : CallerLanguage.of(headers).locale().getLanguage();
        return Response.ok(calendars.meetingIcs(id, language), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"meeting-" + id + ".ics\"").build();
    }

    @POST
    @Path("series/{id}/calendar-feed")
    @Operation(operationId = "Sessions_subscribe",
            summary = "Make the caller's calendar subscription address for a series, revoking the one they had",
            description = "Participants' officers, coordinators and auditors. The address is fetched without a token "
                    + "and is shown only in this answer.")
    @APIResponse(responseCode = "201", description = "The subscription address",
            headers = @Header(name = "Location", description = "This operation's own address, where the subscription "
                    + "is revoked; the secret subscription address is in the body only, as headers are logged more often",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CalendarFeedLink.class)))
    @APIResponse(responseCode = "404", description = "No series with this id")
    public Response subscribe(@PathParam("id") long id) {
        CalendarFeedLink feed = calendars.subscribe(id);
        return CreatedAnswers.at("sessions/series/" + id + "/calendar-feed", feed);
    }

    @DELETE
    @Path("series/{id}/calendar-feed")
    @Operation(operationId = "Sessions_unsubscribe",
            summary = "Revoke the caller's calendar subscription address for a series; it then finds nothing")
    @APIResponse(responseCode = "204", description = "Revoked, or there was none")
    @APIResponse(responseCode = "404", description = "No series with this id")
    public Response unsubscribe(@PathParam("id") long id) {
        calendars.revoke(id);
        return Response.noContent().build();
    }

    @GET
    @Path("meetings/{id}/participants")
    @Operation(operationId = "Sessions_participants", summary = "The people registered or waiting for a meeting",
            description = "Coordinators and auditors see all; an officer the people of their own municipality.")
    @APIResponse(responseCode = "200", description = "In order of arrival",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RegistrationView.class)))
    @APIResponse(responseCode = "404", description = "No meeting with this id")
    public List<RegistrationView> participants(@PathParam("id") long id) {
        return registrations.participants(id);
    }

    @GET
    @Path("polls/{id}")
    @Operation(operationId = "Sessions_poll",
            summary = "A date poll with its ranked slots and everyone's answers by municipality",
            description = "Names of respondents only for coordinators and auditors.")
    @APIResponse(responseCode = "200", description = "The results",
            content = @Content(schema = @Schema(implementation = PollResults.class)))
    @APIResponse(responseCode = "404", description = "No poll with this id")
    public PollResults poll(@PathParam("id") long id) {
        return polls.results(id);
    }

    @PUT
    @Path("polls/{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "Sessions_answer",
            summary = "Answer a date poll (officers of a participating municipality), again until the deadline",
            description = "A JSON object of slot id to YES, IF_NEED_BE or NO, one for every slot.")
    @APIResponse(responseCode = "200", description = "The poll with the caller's answers",
            content = @Content(schema = @Schema(implementation = DatePollView.class)))
    @APIResponse(responseCode = "400", description = "A missing or unknown slot, or the deadline passed (problem document)")
    @APIResponse(responseCode = "404", description = "No poll with this id")
    public DatePollView answer(@PathParam("id") long id, Map<String, String> answers) {
        return polls.answer(id, availability(answers));
    }

    /**
     * A guest to invite: name, e-mail address and the language of the mail ({@code nl} when left out, or {@code en});
     * the schema says what the facade requires of them.
     */
    @Schema(requiredProperties = {"name", "email"})
    public record GuestInvitation(
            @Schema(maxLength = DatePolls.MAX_NAME, description = "One line") String name,
            @Schema(maxLength = EmailAddress.MAX_LENGTH) String email,
            @Schema(enumeration = {"nl", "en"}, defaultValue = "nl") String language) {
    }

    @POST
    @Path("polls/{id}/guests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "Sessions_inviteGuest", summary = "Invite a guest to an open date poll (coordinators)",
            description = "The guest is mailed a personal link to the poll in their language (nl or en) and answers "
                    + "through it without an account.")
    @APIResponse(responseCode = "201", description = "The guest, not answered yet",
            headers = @Header(name = "Location", description = "The guest's address, where they are read and the "
                    + "invitation taken back", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PollGuest.class)))
    @APIResponse(responseCode = "400", description = "A missing name, an invalid e-mail address or language, an address "
            + "invited already, or the poll is closed (problem document)")
    @APIResponse(responseCode = "404", description = "No poll with this id")
    public Response inviteGuest(@PathParam("id") long id, GuestInvitation guest) {
        return created(guest, g -> polls.inviteGuest(id, g.name(), g.email(), g.language()),
                invited -> "sessions/polls/" + id + "/guests/" + invited.id());
    }

    @GET
    @Path("polls/{id}/guests/{guestId}")
    @Operation(operationId = "Sessions_guest", summary = "One guest invited to a date poll (coordinators and auditors)",
            description = "As the poll's guest list shows them: whether they answered yet.")
    @APIResponse(responseCode = "200", description = "The guest",
            content = @Content(schema = @Schema(implementation = PollGuest.class)))
    @APIResponse(responseCode = "404", description = "No poll with this id, or no guest with this id invited to it")
    public PollGuest guest(@PathParam("id") long id, @PathParam("guestId") long guestId) {
        return polls.guest(id, guestId);
    }

    @DELETE
    @Path("polls/{id}/guests/{guestId}")
    @Operation(operationId = "Sessions_withdrawGuest",
            summary = "Take a guest's invitation to an open date poll back (coordinators)",
            description = "The guest's personal link then opens nothing and their answers no longer count; invited "
                    + "again, the guest is mailed a new link.")
    @APIResponse(responseCode = "204", description = "Taken back")
    @APIResponse(responseCode = "400", description = "The poll is closed (problem document)")
    @APIResponse(responseCode = "404", description = "No poll with this id, or no guest with this id invited to it")
    public Response withdrawGuest(@PathParam("id") long id, @PathParam("guestId") long guestId) {
        polls.withdrawGuest(id, guestId);
        return Response.noContent().build();
    }

    @GET
    @Path("registrations/own")
    @Operation(operationId = "Sessions_own",
            summary = "The registrations of the caller's own municipality for all meetings (officers)")
    @APIResponse(responseCode = "200", description = "Registered and waiting, in order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RegistrationView.class)))
    public List<RegistrationView> own() {
        return registrations.ownMunicipality();
    }

    @POST
    @Path("registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "Sessions_register",
            summary = "Register a person of a participating municipality for a meeting",
            description = "Officers for their own municipality, coordinators for any; beyond the capacity the "
                    + "registration waits (status WAITING_LIST with its position).")
    @APIResponse(responseCode = "201", description = "The registration",
            headers = @Header(name = "Location", description = "The registration's address, where it is read "
                    + "and cancelled", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid, a duplicate, above the municipality's limit, or a "
            + "meeting not announced yet or ended already (problem document)")
    @APIResponse(responseCode = "404", description = "No meeting with this id")
    public Response register(NewRegistration registration) {
        return created(registration, registrations::register, made -> "sessions/registrations/" + made.id());
    }

    /** 201 with what {@code make} made of a request body, at its {@code address}; a missing body is a 400 problem. */
    private static <T, R> Response created(T body, Function<T, R> make, Function<R, String> address) {
        if (body == null) {
            throw new BadParameterException("body", "a JSON body is required", "error.api.body.required");
        }
        R made = make.apply(body);
        return CreatedAnswers.at(address.apply(made), made);
    }

    @GET
    @Path("registrations/{id}")
    @Operation(operationId = "Sessions_registration",
            summary = "One registration, also once cancelled, as the meeting's participants show it",
            description = "Coordinators and auditors any; an officer those of their own municipality.")
    @APIResponse(responseCode = "200", description = "The registration",
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "404", description = "No registration with this id that the caller may see")
    public RegistrationView registration(@PathParam("id") long id) {
        return registrations.registration(id);
    }

    @DELETE
    @Path("registrations/{id}")
    @Operation(operationId = "Sessions_cancel",
            summary = "Cancel a registration (officers of its municipality, coordinators); the place goes to the next waiting")
    @APIResponse(responseCode = "200", description = "The cancelled registration",
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "404", description = "No registration with this id that the caller may see")
    public RegistrationView cancel(@PathParam("id") long id) {
        return registrations.cancel(id);
    }

    private static long slotId(String value) {
        if (value == null) {
            // what JSON-B makes of an array body: entries without a key
            throw new BadParameterException("body", "a JSON object of slot id to answer is required, not an array",
                    "error.api.poll.body");
        }
        try {
            return RecordIds.parse(value);
        } catch (NumberFormatException notANumber) {
            throw new BadParameterException("answers", "a slot id is a whole number, not '" + value + "'",
                    "error.api.poll.slot", value);
        }
    }

    private static Map<Long, Availability> availability(Map<String, String> answers) {
        if (answers == null) {
            throw new BadParameterException("body", "a JSON object of slot id to answer is required",
                    "error.api.poll.body");
        }
        Map<Long, Availability> read = new LinkedHashMap<>();
        answers.forEach((slot, answer) -> {
            long id = slotId(slot);
            if (read.containsKey(id)) {
                // "1" and "01" or "1 " name one slot: which answer was meant cannot be told
                throw new BadParameterException("answers", "slot " + id + " is answered twice",
                        "error.api.poll.slot.twice", slot);
            }
            try {
                read.put(id, Availability.valueOf(String.valueOf(answer).strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new BadParameterException("answers", "an answer is YES, IF_NEED_BE or NO, not '" + answer + "'",
                        "error.api.poll.answer", answer);
            }
        });
        return read;
    }
}
