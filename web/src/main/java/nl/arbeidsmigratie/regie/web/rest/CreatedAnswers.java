package nl.arbeidsmigratie.regie.web.rest;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The answer to a request that made something: {@code 201 Created} with the record made as the body and its address
 * in {@code Location} (RFC 9110), so a client goes on there without building the address itself. An address relative
 * to the API's base ({@code locations/7}) is sent whole, as the runtime resolves it against the request.
 */
public final class CreatedAnswers {

    private CreatedAnswers() {
    }

    public static Response at(String address, Object record) {
        return Response.created(URI.create(address)).entity(record).build();
    }
}
