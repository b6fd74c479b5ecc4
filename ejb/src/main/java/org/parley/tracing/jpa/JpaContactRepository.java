package org.parley.tracing.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import org.parley.tracing.Contact;
import org.parley.tracing.ContactRepository;

/** Contacts in the {@code contact} and {@code contact_phone} tables. */
@ApplicationScoped
public class JpaContactRepository extends PhoneEntityRepository<Contact> implements ContactRepository {

    public JpaContactRepository() {
        super(Contact.class);
    }
}
