package org.parley.tracing;

import java.util.List;
import java.util.Optional;

/** Stored tasks and scheduled calls. */
public interface ActivityRepository {

    Optional<Activity> find(long id);

    List<Activity> search(ActivityQuery query, int offset, int limit);

    long count(ActivityQuery query);

    void add(Activity activity);

    void remove(Activity activity);
}
