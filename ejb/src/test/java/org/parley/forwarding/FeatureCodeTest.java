package org.parley.forwarding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeatureCodeTest {

    @ParameterizedTest
    @CsvSource({"*722003,UNCONDITIONAL,2003", "*72+33612345678,UNCONDITIONAL,+33612345678",
            "*900612345678,BUSY,0612345678", "*522004,NO_ANSWER,2004", "*622005,UNAVAILABLE,2005"})
    void onCodesCarryTheirTarget(String dialled, ForwardKind kind, String target) {
        assertEquals(Optional.of(new FeatureCode(kind, Optional.of(target))), FeatureCode.parse(dialled));
    }

    @ParameterizedTest
    @CsvSource({"*73,UNCONDITIONAL", "*91,BUSY", "*53,NO_ANSWER", "*63,UNAVAILABLE"})
    void offCodesStandAlone(String dialled, ForwardKind kind) {
        assertEquals(Optional.of(new FeatureCode(kind, Optional.empty())), FeatureCode.parse(dialled));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*72", "*73123", "*7", "2003", "*99", "*72abc", ""})
    void anythingElseIsNoCode(String dialled) {
        assertEquals(Optional.empty(), FeatureCode.parse(dialled));
    }
}
