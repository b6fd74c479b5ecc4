package org.parley.queue;

/**
 * A configured agent of a queue.
 *
 * @param extension the agent's extension
 * @param kind      static or dynamic
 */
public record QueueMemberView(String extension, MemberKind kind) {
}
