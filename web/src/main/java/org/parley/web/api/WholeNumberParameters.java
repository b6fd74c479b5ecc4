package org.parley.web.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Function;
import org.parley.platform.error.FieldError;

/**
 * Whole-number path, query and header parameters ({@code /api/queues/abc}, {@code ?size=abc}): a value that is not
 * one is a problem+json 400 naming the parameter, not JAX-RS's default 404 with the parser's message.
 */
@Provider
public class WholeNumberParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Converter<>(name, Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Converter<>(name, Long::valueOf);
        }
        return null;
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
        }
        return "parameter";
    }

    private record Converter<T>(String name, Function<String, T> parse) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                throw new IllegalArgumentException("no value");
            }
            try {
                return parse.apply(value);
            } catch (NumberFormatException e) {
                Problem problem = Problem.of(Response.Status.BAD_REQUEST, "Invalid input: " + name
                        + " (must be a whole number)").type("urn:parley:problem:invalid-input").title("Invalid input")
                        .errors(List.of(new FieldError(name, "must be a whole number")));
                throw new BadRequestException(problem.toResponse());
            }
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }
}
