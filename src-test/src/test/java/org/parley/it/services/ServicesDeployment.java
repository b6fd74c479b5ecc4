package org.parley.it.services;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.database.cockroachdb.CockroachDBDatabase;
import org.flywaydb.database.postgresql.PostgreSQLDatabaseType;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.UrlAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.parley.dialplan.NumberKind;
import org.parley.directory.ExtensionService;
import org.parley.platform.health.StartupComplete;
import org.parley.trunk.AddressBlock;
import org.parley.trunk.IpLiterals;

/**
 * The services and persistence of {@code parley-ejb} as a WAR for Payara Micro, built on the client side from the
 * test class path (where Maven put parley-ejb and its dependencies, in the versions the real WAR gets).
 * <p>
 * Left out: {@code org.parley.sip}, the SIP message-driven bean and its handlers, which need the SIP connector RAR.
 * Nothing else refers to that package; the registrar starts without it (it needs only the directory, the SIP domain
 * and the binding repository). Also left out: {@code StartupComplete}, which waits for the startup beans of every
 * feature (most of them are not deployed here). Of other features, only the value types these packages use.
 */
final class ServicesDeployment {

    /** The feature packages of parley-ejb that run without the SIP connector. */
    static final String[] PACKAGES = {
        "org.parley.platform", "org.parley.directory", "org.parley.registrar", "org.parley.security"};

    private ServicesDeployment() {
    }

    static WebArchive war(Class<?>... testClasses) {
        URL persistenceXml = resourceOf(ExtensionService.class, "META-INF/persistence.xml");
        return ShrinkWrap.create(WebArchive.class, "parley-services-it.war")
                .addPackages(true, PACKAGES)
                .deleteClass(StartupComplete.class)
                .addClasses(NumberKind.class, AddressBlock.class, IpLiterals.class)
                .addAsResource(new UrlAsset(persistenceXml), "META-INF/persistence.xml")
                .addClasses(testClasses)
                .addAsLibraries(
                        library("flyway-core", Flyway.class),
                        library("flyway-database-postgresql", PostgreSQLDatabaseType.class),
                        library("flyway-database-cockroachdb", CockroachDBDatabase.class),
                        library("postgresql", org.postgresql.Driver.class),
                        library("parley-db", locationOf(resource("db/migration"))));
    }

    /** The jar (or classes directory) a class was loaded from, as an archive. */
    private static Archive<?> library(String name, Class<?> inside) {
        return library(name, locationOf(inside));
    }

    private static Archive<?> library(String name, File location) {
        if (location.isDirectory()) { // run from an IDE: the module's classes directory
            return ShrinkWrap.create(JavaArchive.class, name + ".jar").as(ExplodedImporter.class)
                    .importDirectory(location).as(JavaArchive.class);
        }
        return ShrinkWrap.createFromZipFile(JavaArchive.class, location);
    }

    private static URL resourceOf(Class<?> neighbour, String name) {
        URL url = neighbour.getClassLoader().getResource(name);
        return Objects.requireNonNull(url, () -> name + " is not on the test class path");
    }

    private static URL resource(String name) {
        return resourceOf(ServicesDeployment.class, name);
    }

    private static File locationOf(Class<?> c) {
        try {
            return new File(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + c.getName(), e);
        }
    }

    /** The jar or directory that holds a resource directory found on the class path. */
    private static File locationOf(URL directory) {
        try {
            String url = directory.toString();
            if (url.startsWith("jar:")) {
                return new File(new URI(url.substring("jar:".length(), url.indexOf("!/"))));
            }
            File dir = new File(directory.toURI());
            // db/migration -> the root of the classes directory
            return dir.getParentFile().getParentFile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + directory, e);
        }
    }
}
