package org.parley.designfixture.clean.web.queue;

import java.util.List;

/** A DTO of plain and JDK types only. */
public class QueueDto {
    public String name;
    public int size;
    public List<String> members;
    public String[] tags;
}
