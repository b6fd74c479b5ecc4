package org.parley.directory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.dialplan.NumberKind;
import org.parley.platform.error.FieldError;
import org.parley.platform.error.InvalidInputException;

class OutboundClassInputTest {

    @Test
    void absentKeepsTheClassAndAListNamesIt() {
        assertEquals(Optional.empty(), OutboundClassInput.parse(null));
        assertEquals(Optional.of(Set.of(NumberKind.NATIONAL, NumberKind.INTERNATIONAL)),
                OutboundClassInput.parse(List.of("INTERNATIONAL", "NATIONAL")));
        assertEquals(Optional.of(Set.of()), OutboundClassInput.parse(List.of()));
    }

    @Test
    void anUnknownKindEmergencyOrNullIsRefusedNamingItsPlace() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> OutboundClassInput.parse(Arrays.asList("NATIONAL", "premium", "EMERGENCY", null)));

        assertEquals(List.of("outboundClass[1]", "outboundClass[2]", "outboundClass[3]"),
                e.errors().stream().map(FieldError::field).toList());
    }
}
