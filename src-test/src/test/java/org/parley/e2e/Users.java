package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;

/** Test data: console users created through the REST API, each with a name no other test uses. */
public final class Users {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private Users() {
    }

    /**
     * A console user with a password.
     *
     * @param username the name to sign in with
     * @param password the password
     */
    public record User(String username, String password) {

        /** A REST client signed in as this user with HTTP Basic. */
        public RestClient rest(ParleyServer server) {
            return new RestClient(server.baseUrl(), username, password);
        }
    }

    /** A user name no test of this run has used, starting with {@code prefix}. */
    public static String freshName(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
    }

    /** Creates a user with these roles (e.g. {@code "agent"}) and returns it. */
    public static User create(ParleyServer server, String... roles) {
        String username = freshName(roles.length == 0 ? "user" : roles[0]);
        String password = "pw-" + username + "-secret";
        StringBuilder json = new StringBuilder("{\"username\":\"").append(username).append("\",\"password\":\"")
                .append(password).append("\",\"roles\":").append(rolesJson(roles)).append('}');
        RestClient.Response r = server.admin().post("/api/users", json.toString());
        assertEquals(201, r.status(), () -> "creating user " + username + ": " + r);
        return new User(username, password);
    }

    /** Creates a user with these roles, linked to {@code extension}, and returns it. */
    public static User createLinked(ParleyServer server, String extension, String... roles) {
        User user = create(server, roles);
        RestClient.Response r = server.admin().put("/api/users/" + user.username(),
                "{\"roles\":" + rolesJson(roles) + ",\"extension\":\"" + extension + "\"}");
        assertEquals(200, r.status(), () -> "linking user " + user.username() + " to " + extension + ": " + r);
        return user;
    }

    private static String rolesJson(String... roles) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < roles.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(roles[i]).append('"');
        }
        return json.append(']').toString();
    }

    /** Creates an API token for {@code user} (signed in with the password) and returns its secret. */
    public static String token(ParleyServer server, User user, String name) {
        RestClient.Response r = user.rest(server).post("/api/tokens", "{\"name\":\"" + name + "\",\"validDays\":30}");
        assertEquals(201, r.status(), () -> "creating a token for " + user.username() + ": " + r);
        return r.json().getString("secret");
    }
}
