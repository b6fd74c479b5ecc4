package org.parley.web.tracing;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;
import org.parley.platform.error.InvalidInputException;
import org.parley.tracing.CommunicationDirection;
import org.parley.tracing.CommunicationInput;

/**
 * A JSON merge patch (RFC 7396) of a communication, as the form sends it: a field given replaces the stored one,
 * {@code null} clears it (a party), an absent one stays. A new direction without a sender or recipient swaps the two
 * and drops the outcome that no longer applies, as the form does.
 */
final class CommunicationPatch {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private CommunicationPatch() {
    }

    static CommunicationInput apply(CommunicationInput stored, String patchText) {
        JsonObject patch = parse(patchText);
        JsonObject storedJson = parse(JSONB.toJson(stored));
        JsonObject withoutDirection = Json.createObjectBuilder(patch).remove("direction").build();
        JsonValue merged = Json.createMergePatch(withoutDirection).apply(storedJson);
        CommunicationInput input;
        try {
            input = JSONB.fromJson(merged.toString(), CommunicationInput.class);
        } catch (JsonbException e) {
            throw new InvalidInputException("body", "has a value of the wrong type");
        }
        if (patch.containsKey("direction")) {
            String direction = patch.isNull("direction") ? null
                    : patch.get("direction").getValueType() == JsonValue.ValueType.STRING
                    ? patch.getString("direction") : patch.get("direction").toString();
            boolean partiesGiven = patch.containsKey("sender") || patch.containsKey("recipient");
            if (partiesGiven || !("INCOMING".equals(direction) || "OUTGOING".equals(direction))) {
                input.setDirection(direction);
            } else {
                input.turnTo(CommunicationDirection.valueOf(direction));
            }
        }
        return input;
    }

    private static JsonObject parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text == null ? "" : text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
    }
}
