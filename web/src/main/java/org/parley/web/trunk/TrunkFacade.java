package org.parley.web.trunk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;
import org.parley.trunk.TrunkDetails;
import org.parley.trunk.TrunkInput;
import org.parley.trunk.TrunkNotFoundException;
import org.parley.trunk.TrunkRegistrationStatus;
import org.parley.trunk.TrunkService;

/** Trunks with the state of their registration, as the REST API and the console show them. */
@ApplicationScoped
public class TrunkFacade {

    @Inject
    TrunkService trunks;

    @Inject
    TrunkRegistrationStatus registrations;

    public Page<TrunkDto> list(PageRequest page) {
        return trunks.list(page).map(this::dto);
    }

    public TrunkDto get(String name) {
        return trunks.find(name).map(this::dto).orElseThrow(() -> new TrunkNotFoundException(name));
    }

    public TrunkDto create(TrunkInput input) {
        return dto(trunks.create(input));
    }

    public TrunkDto update(String name, TrunkInput input) {
        return dto(trunks.update(name, input));
    }

    public void delete(String name) {
        trunks.delete(name);
    }

    private TrunkDto dto(TrunkDetails t) {
        return TrunkDto.of(t, registrations.of(t.name()));
    }
}
