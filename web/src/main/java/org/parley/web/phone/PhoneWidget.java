package org.parley.web.phone;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parley.web.console.CurrentUser;

/** Whether the console template shows the phone widget: only for a user with a linked extension. */
@Named
@RequestScoped
public class PhoneWidget {

    @Inject
    CurrentUser user;

    @Inject
    MyPhone phone;

    public boolean isShown() {
        return user.isSignedIn() && phone.extensionOf(user.getName()).isPresent();
    }
}
