package org.parley.designfixture.dtodomain.web.call;

import java.util.List;
import org.parley.designfixture.dtodomain.call.CallHop;

/** Breaks "web's DTOs hold only web and JDK types": a DTO serialising the domain's record. */
public class CallDto {
    public List<CallHop> hops;
}
