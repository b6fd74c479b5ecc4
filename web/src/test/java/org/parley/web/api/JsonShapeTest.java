package org.parley.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.platform.error.FieldError;

/** JSON checked against a resource's input type: nothing coerced, nothing unknown. */
class JsonShapeTest {

    /** An input as resources read them: public fields and a setter. */
    public static class Input {
        public String name;
        public int size;
        public boolean on;
        public List<String> members;
        public Map<String, Integer> limits;
        public Nested nested;
        private Long count;

        public void setCount(Long count) {
            this.count = count;
        }

        Long count() {
            return count;
        }
    }

    public record Nested(String address, Integer port) {
    }

    @Test
    void aFittingBodyHasNoErrors() {
        assertEquals(List.of(), check("{\"name\":\"a\",\"size\":3,\"on\":false,\"members\":[\"1\"],"
                + "\"limits\":{\"x\":1},\"nested\":{\"address\":\"h\",\"port\":null},\"count\":5,\"name2\":null}"
                .replace(",\"name2\":null", "")));
    }

    @Test
    void wrongTypesAreNamedByPath() {
        assertEquals(List.of(new FieldError("on", "must be true or false")), check("{\"on\":\"yes\"}"));
        assertEquals(List.of(new FieldError("name", "must be a string")), check("{\"name\":123}"));
        assertEquals(List.of(new FieldError("name", "must be a string")), check("{\"name\":[\"x\"]}"));
        assertEquals(List.of(new FieldError("size", "must be a whole number in range")), check("{\"size\":1.5}"));
        assertEquals(List.of(new FieldError("size", "must be a whole number in range")),
                check("{\"size\":3000000000}"));
        assertEquals(List.of(new FieldError("size", "must not be null")), check("{\"size\":null}"));
        assertEquals(List.of(new FieldError("members[1]", "must be a string")), check("{\"members\":[\"a\",2]}"));
        assertEquals(List.of(new FieldError("limits.x", "must be a whole number in range")),
                check("{\"limits\":{\"x\":\"1\"}}"));
        assertEquals(List.of(new FieldError("nested.port", "must be a whole number in range")),
                check("{\"nested\":{\"port\":\"5060\"}}"));
        assertEquals(List.of(new FieldError("count", "must be a whole number in range")), check("{\"count\":true}"));
    }

    @Test
    void unknownPropertiesAndNonObjectsAreRefused() {
        assertEquals(List.of(new FieldError("nmae", "is not a property of this resource")), check("{\"nmae\":\"a\"}"));
        assertEquals(List.of(new FieldError("nested.host", "is not a property of this resource")),
                check("{\"nested\":{\"host\":\"a\"}}"));
        assertEquals(List.of(new FieldError("body", "must be a JSON object, not null")), check("null"));
        assertEquals(List.of(new FieldError("body", "must be an object")), check("[1]"));
    }

    private static List<FieldError> check(String json) {
        JsonValue value = Json.createReader(new StringReader(json)).readValue();
        return JsonShape.check(value, Input.class);
    }
}
