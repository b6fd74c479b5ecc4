package org.parley.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.platform.error.FieldError;
import org.parley.platform.error.InvalidInputException;

/**
 * Reads every JSON request body strictly before JSON-B binds it: at most {@link BodyLimit} bytes (413 beyond, without
 * reading further), valid JSON without duplicate keys, and of the shape of the resource's input ({@link JsonShape}:
 * no coercion, no unknown property). Each refusal is a problem+json 400 naming the field; an empty body is one too
 * (a resource that takes no body declares no entity parameter, and is not read).
 */
@Provider
public class StrictJsonReader implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType()) || context.getType() == String.class
                || InputStream.class.isAssignableFrom(context.getType())) {
            return context.proceed();
        }
        byte[] body = BodyLimit.read(context.getInputStream());
        if (body.length == 0) {
            throw new InvalidInputException("body", "is required: a JSON object");
        }
        List<FieldError> errors = JsonShape.check(parse(body), context.getGenericType());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }

    private static JsonValue parse(byte[] body) {
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            if (!parser.hasNext()) {
                throw new InvalidInputException("body", "is not JSON");
            }
            JsonValue value = read(parser, parser.next());
            if (parser.hasNext()) {
                throw new InvalidInputException("body", "has more after the JSON value");
            }
            return value;
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidInputException("body", "is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")"));
        }
    }

    private static JsonValue read(JsonParser parser, JsonParser.Event event) {
        return switch (event) {
            case START_OBJECT -> readObject(parser);
            case START_ARRAY -> readArray(parser);
            default -> parser.getValue();
        };
    }

    private static JsonValue readObject(JsonParser parser) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        Set<String> keys = new HashSet<>();
        for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_OBJECT; e = parser.next()) {
            String key = parser.getString();
            if (!keys.add(key)) {
                throw new InvalidInputException(key, "is given more than once");
            }
            object.add(key, read(parser, parser.next()));
        }
        return object.build();
    }

    private static JsonValue readArray(JsonParser parser) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_ARRAY; e = parser.next()) {
            array.add(read(parser, e));
        }
        return array.build();
    }
}
