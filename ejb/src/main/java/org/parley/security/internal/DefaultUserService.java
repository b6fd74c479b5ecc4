package org.parley.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.parley.directory.ExtensionService;
import org.parley.platform.error.FieldError;
import org.parley.platform.error.InputValidator;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;
import org.parley.security.ConsoleUser;
import org.parley.security.ConsoleUserChanged;
import org.parley.security.ConsoleUserRepository;
import org.parley.security.DuplicateUserException;
import org.parley.security.PasswordInput;
import org.parley.security.Role;
import org.parley.security.UserInput;
import org.parley.security.UserNotFoundException;
import org.parley.security.UserService;
import org.parley.security.UserView;

/** Console users stored through {@link ConsoleUserRepository}; changes that affect signing in are announced. */
@ApplicationScoped
@Transactional
public class DefaultUserService implements UserService {

    private static final Logger LOG = Logger.getLogger(DefaultUserService.class.getName());

    @Inject
    ConsoleUserRepository users;

    @Inject
    ExtensionService extensions;

    @Inject
    PasswordHasher hasher;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    @Inject
    Event<ConsoleUserChanged> changed;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UserView> list(PageRequest page) {
        return new Page<>(users.list(page.offset(), page.size()).stream().map(UserView::of).toList(), page.page(),
                page.size(), users.count());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserView> find(String username) {
        return users.find(username).map(UserView::of);
    }

    @Override
    public Optional<UserView> findByExtension(String number) {
        return users.findByExtension(number).map(UserView::of);
    }

    @Override
    public UserView create(UserInput input) {
        check(input, UserInput.OnCreate.class);
        Optional<String> extension = Optional.ofNullable(input.getExtension());
        if (users.find(input.getUsername()).isPresent()) {
            throw new DuplicateUserException(input.getUsername());
        }
        ConsoleUser user = new ConsoleUser(input.getUsername(), hasher.hash(input.getPassword()), roles(input),
                clock.instant());
        user.linkExtension(extension);
        if (Boolean.FALSE.equals(input.getEnabled())) {
            user.disable();
        }
        users.add(user);
        LOG.info(() -> "Console user " + user.username() + " created with roles " + names(user.roles()));
        return UserView.of(user);
    }

    @Override
    public UserView update(String username, UserInput input) {
        ConsoleUser user = users.find(username).orElseThrow(() -> new UserNotFoundException(username));
        if (input.getUsername() != null && !username.equals(input.getUsername())) {
            throw new InvalidInputException("username", "cannot be changed");
        }
        check(new UserInput(username, input.getRoles(), input.getExtension(), input.getEnabled(), null));
        Set<Role> roles = roles(input);
        if (AdminAccountStartup.ADMIN.equals(username)) {
            if (!roles.contains(Role.ADMIN)) {
                throw new InvalidInputException("roles", "the built-in admin keeps the admin role");
            }
            if (Boolean.FALSE.equals(input.getEnabled())) {
                throw new InvalidInputException("enabled", "the built-in admin cannot be disabled");
            }
        }
        user.linkExtension(Optional.ofNullable(input.getExtension()));
        user.assignRoles(roles);
        if (input.getEnabled() != null) {
            if (input.getEnabled()) {
                user.enable();
            } else {
                user.disable();
            }
        }
        changed.fire(new ConsoleUserChanged(username));
        LOG.info(() -> "Console user " + username + " changed: roles " + names(user.roles()) + ", "
                + (user.enabled() ? "enabled" : "disabled") + ", extension " + user.extension().orElse("none"));
        return UserView.of(user);
    }

    @Override
    public void resetPassword(String username, PasswordInput input) {
        ConsoleUser user = users.find(username).orElseThrow(() -> new UserNotFoundException(username));
        validator.check(input);
        user.changePasswordHash(hasher.hash(input.getPassword()));
        changed.fire(new ConsoleUserChanged(username));
        LOG.info(() -> "Password of console user " + username + " reset");
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return users.count();
    }

    /** The input's rules and, when its extension is well-formed, that the extension exists: all errors at once. */
    private void check(UserInput input, Class<?>... groups) {
        List<FieldError> errors = new ArrayList<>(validator.errorsOf(input, groups));
        String number = input.getExtension();
        boolean wellFormed = errors.stream().noneMatch(e -> e.field().equals("extension"));
        if (number != null && wellFormed && extensions.find(number).isEmpty()) {
            errors.add(new FieldError("extension", "no extension " + number));
        }
        if (!errors.isEmpty()) {
            errors.sort(InputValidator.ORDER);
            throw new InvalidInputException(errors);
        }
    }

    private static Set<Role> roles(UserInput input) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        input.getRoles().forEach(name -> roles.add(Role.fromName(name).orElseThrow(() ->
                new InvalidInputException("roles", "must be admin, supervisor or agent"))));
        return roles;
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::roleName).sorted().toList().toString();
    }
}
