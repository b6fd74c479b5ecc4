package org.parley.web.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.directory.ExtensionInput;
import org.parley.directory.ExtensionNotFoundException;
import org.parley.directory.ExtensionQuery;
import org.parley.directory.ExtensionService;
import org.parley.directory.ExtensionView;
import org.parley.forwarding.ForwardingService;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;
import org.parley.registrar.RegistrationView;
import org.parley.registrar.Registrations;

/** Extensions with their devices, as the REST API and the console show them. */
@ApplicationScoped
public class ExtensionFacade {

    @Inject
    ExtensionService extensions;

    @Inject
    Registrations registrations;

    @Inject
    ForwardingService forwarding;

    public Page<ExtensionDto> list(PageRequest page) {
        return search(ExtensionQuery.all(), page);
    }

    /** The extensions a query selects, a page at a time, with their devices. */
    public Page<ExtensionDto> search(ExtensionQuery query, PageRequest page) {
        Page<ExtensionView> views = extensions.search(query, page);
        var byExtension = registrations.list(Optional.empty()).stream()
                .collect(Collectors.groupingBy(RegistrationView::extension));
        return views.map(v -> ExtensionDto.of(v, byExtension.getOrDefault(v.number(), List.of()),
                forwarding.extraDevices(v.number())));
    }

    public ExtensionDto get(String number) {
        return extensions.find(number).map(withDevices())
                .orElseThrow(() -> new ExtensionNotFoundException(number));
    }

    public ExtensionDto create(ExtensionInput input) {
        return withDevices().apply(extensions.create(input));
    }

    public ExtensionDto update(String number, ExtensionInput input) {
        return withDevices().apply(extensions.update(number, input));
    }

    public void delete(String number) {
        extensions.delete(number);
    }

    private Function<ExtensionView, ExtensionDto> withDevices() {
        return v -> ExtensionDto.of(v, registrations.list(Optional.of(v.number())),
                forwarding.extraDevices(v.number()));
    }
}
