package org.parley.tracing.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import org.parley.tracing.Company;
import org.parley.tracing.CompanyRepository;

/** Companies in the {@code company} and {@code company_phone} tables. */
@ApplicationScoped
public class JpaCompanyRepository extends PhoneEntityRepository<Company> implements CompanyRepository {

    public JpaCompanyRepository() {
        super(Company.class);
    }

    @Override
    public Optional<Company> findByName(String name) {
        return em.createQuery("SELECT c FROM Company c WHERE LOWER(c.name) = :name ORDER BY c.id", Company.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT)).setMaxResults(1).getResultStream().findFirst();
    }
}
