package org.parley.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.beans.Introspector;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.platform.error.FieldError;

/**
 * Checks a JSON value against the Java type a resource reads it into, before JSON-B binds it, so that nothing is
 * coerced or dropped: a string for a boolean, a number or an array for a string, a fraction for an integer, an
 * unknown property are each a {@link FieldError} naming the property (as a path: {@code devices[0].address}).
 * The properties of a class are those JSON-B writes: public fields, setters and record components.
 */
final class JsonShape {

    private JsonShape() {
    }

    /** What is wrong with {@code value} as a {@code type}; empty when it fits. */
    static List<FieldError> check(JsonValue value, Type type) {
        List<FieldError> errors = new ArrayList<>();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            errors.add(new FieldError("body", "must be a JSON object, not null"));
        } else {
            check(value, type, "", errors);
        }
        return errors;
    }

    private static void check(JsonValue value, Type type, String path, List<FieldError> errors) {
        Class<?> raw = raw(type);
        JsonValue.ValueType kind = value.getValueType();
        if (kind == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                errors.add(new FieldError(name(path), "must not be null"));
            }
            return;
        }
        if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return;
        }
        if (raw == String.class || raw == char.class || raw == Character.class || raw.isEnum()) {
            expect(kind == JsonValue.ValueType.STRING, "must be a string", path, errors);
        } else if (raw == boolean.class || raw == Boolean.class) {
            expect(kind == JsonValue.ValueType.TRUE || kind == JsonValue.ValueType.FALSE,
                    "must be true or false", path, errors);
        } else if (isInteger(raw)) {
            expect(kind == JsonValue.ValueType.NUMBER && fitsInteger((JsonNumber) value, raw),
                    "must be a whole number" + (raw == BigInteger.class ? "" : " in range"), path, errors);
        } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
            expect(kind == JsonValue.ValueType.NUMBER, "must be a number", path, errors);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            checkArray(value, elementType(type, raw), path, errors);
        } else if (Map.class.isAssignableFrom(raw)) {
            if (expect(kind == JsonValue.ValueType.OBJECT, "must be an object", path, errors)) {
                Type values = typeArgument(type, 1);
                value.asJsonObject().forEach((k, v) -> check(v, values, path(path, k), errors));
            }
        } else if (raw.getName().startsWith("java.")) {
            // dates, times, durations, URIs …: written as strings (or numbers); JSON-B tells bad formats itself
            expect(kind == JsonValue.ValueType.STRING || kind == JsonValue.ValueType.NUMBER,
                    "must be a string", path, errors);
        } else if (expect(kind == JsonValue.ValueType.OBJECT, "must be an object", path, errors)) {
            checkObject(value.asJsonObject(), raw, path, errors);
        }
    }

    private static void checkArray(JsonValue value, Type element, String path, List<FieldError> errors) {
        if (expect(value.getValueType() == JsonValue.ValueType.ARRAY, "must be an array", path, errors)) {
            JsonArray array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), element, path + "[" + i + "]", errors);
            }
        }
    }

    private static void checkObject(JsonObject object, Class<?> raw, String path, List<FieldError> errors) {
        Map<String, Type> properties = properties(raw);
        object.forEach((key, v) -> {
            Type property = properties.get(key);
            if (property == null) {
                errors.add(new FieldError(path(path, key), "is not a property of this resource"));
            } else {
                check(v, property, path(path, key), errors);
            }
        });
    }

    /** The properties JSON-B can write into {@code raw}, by JSON name. */
    static Map<String, Type> properties(Class<?> raw) {
        Map<String, Type> properties = new LinkedHashMap<>();
        if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                properties.put(jsonName(c.getName(), c.getAnnotation(JsonbProperty.class)), c.getGenericType());
            }
            return properties;
        }
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isPublic(m) && !Modifier.isStatic(m) && !Modifier.isTransient(m)
                        && !f.isAnnotationPresent(JsonbTransient.class)) {
                    properties.putIfAbsent(jsonName(f.getName(), f.getAnnotation(JsonbProperty.class)),
                            f.getGenericType());
                }
            }
        }
        for (Method method : raw.getMethods()) {
            String n = method.getName();
            if (n.length() > 3 && n.startsWith("set") && method.getParameterCount() == 1
                    && !Modifier.isStatic(method.getModifiers()) && !method.isAnnotationPresent(JsonbTransient.class)
                    && !fieldTransient(raw, Introspector.decapitalize(n.substring(3)))) {
                properties.putIfAbsent(jsonName(Introspector.decapitalize(n.substring(3)),
                        method.getAnnotation(JsonbProperty.class)), method.getGenericParameterTypes()[0]);
            }
        }
        return properties;
    }

    private static boolean fieldTransient(Class<?> raw, String name) {
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name).isAnnotationPresent(JsonbTransient.class);
            } catch (NoSuchFieldException e) {
                // not declared here: look in the superclass
            }
        }
        return false;
    }

    private static String jsonName(String javaName, JsonbProperty annotation) {
        return annotation == null || annotation.value().isEmpty() ? javaName : annotation.value();
    }

    private static boolean expect(boolean fits, String message, String path, List<FieldError> errors) {
        if (!fits) {
            errors.add(new FieldError(name(path), message));
        }
        return fits;
    }

    private static boolean isInteger(Class<?> raw) {
        return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class
                || raw == BigInteger.class;
    }

    private static boolean fitsInteger(JsonNumber number, Class<?> raw) {
        BigDecimal d = number.bigDecimalValue();
        if (d.stripTrailingZeros().scale() > 0) {
            return false;
        }
        if (raw == BigInteger.class) {
            return true;
        }
        long min;
        long max;
        if (raw == int.class || raw == Integer.class) {
            min = Integer.MIN_VALUE;
            max = Integer.MAX_VALUE;
        } else if (raw == short.class || raw == Short.class) {
            min = Short.MIN_VALUE;
            max = Short.MAX_VALUE;
        } else if (raw == byte.class || raw == Byte.class) {
            min = Byte.MIN_VALUE;
            max = Byte.MAX_VALUE;
        } else {
            min = Long.MIN_VALUE;
            max = Long.MAX_VALUE;
        }
        return d.compareTo(BigDecimal.valueOf(min)) >= 0 && d.compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    private static String path(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    private static String name(String path) {
        return path.isEmpty() ? "body" : path;
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType g) {
            return raw(g.getGenericComponentType()).arrayType();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type elementType(Type type, Class<?> raw) {
        if (raw.isArray()) {
            return type instanceof GenericArrayType g ? g.getGenericComponentType() : raw.getComponentType();
        }
        return typeArgument(type, 0);
    }

    private static Type typeArgument(Type type, int index) {
        return Optional.of(type).filter(ParameterizedType.class::isInstance).map(ParameterizedType.class::cast)
                .map(ParameterizedType::getActualTypeArguments).filter(a -> a.length > index).map(a -> a[index])
                .orElse(Object.class);
    }
}
