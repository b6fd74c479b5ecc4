package org.parley.call;

import java.util.Optional;

/**
 * A transfer under way as shown to people and systems.
 *
 * @param mode       blind or attended
 * @param transferor the party handing the call on
 * @param remaining  the party being handed on
 * @param target     the target as dialled
 * @param stage      where it stands
 * @param targetLeg  the target's leg that answered, once one has
 */
public record TransferView(TransferRequest.Mode mode, Party transferor, Party remaining, Party target,
        TransferStage stage, Optional<String> targetLeg) {
}
