package org.parley.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.parley.e2e.Users;
import org.parley.e2e.media.Sounds;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;

/**
 * The console's Sounds page in a browser: an administrator uploads a WAV file, finds it listed, its player loads it,
 * and makes a music class of it; a supervisor sees the sounds and cannot change them.
 */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class SoundsPageIT {

    private static final String PID = Long.toString(ProcessHandle.current().pid());

    @Test
    void anAdministratorUploadsASoundPlaysItAndMakesAMusicClassOfIt(ParleyServer server, Browser browser)
            throws IOException {
        String sound = "page-tone-" + PID;
        String musicClass = "page-class-" + PID;
        Path wav = Files.createTempFile("parley-page-tone-", ".wav");
        Files.write(wav, Sounds.sineWav(440, 48_000, 1.2));
        browser.resize(1366, 768);
        browser.signIn("admin", server.adminPassword()).open("/sounds.xhtml");

        browser.click(By.id("soundsForm:upload"));
        browser.awaitDialog("uploadDialog", true);
        browser.find(By.cssSelector("#uploadForm input[type='file']")).sendKeys(wav.toString());
        browser.awaitText(By.id("uploadForm:chosen"), wav.getFileName().toString());
        assertEquals(wav.getFileName().toString().replace(".wav", ""),
                browser.find(By.id("uploadForm:soundName")).getAttribute("value"), "named after the file");
        browser.type(By.id("uploadForm:soundName"), sound);
        browser.click(By.id("uploadForm:saveUpload"));
        browser.awaitGrowl("Sound " + sound + " uploaded");
        browser.awaitDialog("uploadDialog", false);

        browser.type(By.cssSelector("#soundsForm\\:sounds th input.ui-column-filter"), sound);
        browser.await("the upload listed", () -> browser.all(By.cssSelector("#soundsForm\\:sounds .sound-name"))
                .stream().anyMatch(e -> e.getText().equals(sound)));
        String row = browser.find(By.xpath("//span[@class='sound-name' and text()='" + sound + "']/ancestor::tr"))
                .getText();
        assertTrue(row.contains("Uploaded") && row.contains("1.2 s"), row);
        String player = "document.querySelector('audio[data-sound=\"" + sound + "\"]')";
        browser.script(player + ".load()");
        browser.await("the player loads the sound", () -> Boolean.TRUE.equals(browser.script(
                "const a = " + player + "; return a.readyState >= 1 && Math.abs(a.duration - 1.2) < 0.05;")));
        assertEquals(null, browser.script("return " + player + ".error"), "the browser decodes the WAV");

        browser.click(By.id("classesForm:newClass"));
        browser.awaitDialog("classDialog", true);
        browser.type(By.id("classForm:className"), musicClass);
        browser.click(By.cssSelector("#classForm\\:sounds .ui-picklist-source li[data-item-value='" + sound + "']"));
        browser.click(By.cssSelector("#classForm\\:sounds .ui-picklist-button-add"));
        browser.await("the sound chosen", () -> !browser.all(By.cssSelector(
                "#classForm\\:sounds .ui-picklist-target li[data-item-value='" + sound + "']")).isEmpty());
        browser.click(By.id("classForm:saveClass"));
        browser.awaitGrowl("Music class " + musicClass + " saved");
        browser.await("the class listed", () -> browser.find(By.id("classesForm:classes")).getText()
                .contains(musicClass));

        JsonObject stored = server.admin().get("/api/moh/" + musicClass).json();
        assertEquals(List.of(sound), stored.getJsonArray("sounds").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        assertTrue(browser.consoleMessages().stream().noneMatch(m -> m.contains("Content Security Policy")),
                "no CSP violation");
        // the page as a user sees it at 1366×768, kept for a look (target/screenshots/sounds-page.png)
        browser.saveEvidence(Path.of(System.getProperty("parley.buildDir", "target"), "screenshots",
                "sounds-page.png"), Path.of(System.getProperty("parley.buildDir", "target"), "screenshots",
                "sounds-page.html"));
        assertEquals(204, server.admin().delete("/api/moh/" + musicClass).status());
        assertEquals(204, server.admin().delete("/api/sounds/" + sound).status());
    }

    @Test
    void aSupervisorListensButCannotChange(ParleyServer server, Browser browser) {
        Users.User supervisor = Users.create(server, "supervisor");
        browser.signIn(supervisor.username(), supervisor.password()).open("/sounds.xhtml");

        browser.awaitText(By.id("soundsForm:sounds"), "agent-logged-in");
        assertTrue(browser.find(By.id("classesForm:classes")).getText().contains("moh-default"));
        assertTrue(browser.all(By.id("soundsForm:upload")).isEmpty(), "no upload button");
        assertTrue(browser.all(By.id("classesForm:newClass")).isEmpty(), "no new class button");
        assertFalse(browser.all(By.cssSelector("audio.sound-player")).isEmpty(), "players");
    }
}
