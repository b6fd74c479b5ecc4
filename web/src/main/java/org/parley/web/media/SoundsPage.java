package org.parley.web.media;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.media.MusicClassInput;
import org.parley.media.MusicClassNotFoundException;
import org.parley.media.MusicClassView;
import org.parley.media.MusicOnHold;
import org.parley.media.PlayOrder;
import org.parley.media.SoundFiles;
import org.parley.media.SoundLibrary;
import org.parley.media.SoundSettings;
import org.parley.platform.error.ConflictException;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.error.NotFoundException;
import org.parley.web.console.CurrentUser;
import org.parley.web.console.FieldMessages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DualListModel;
import org.primefaces.model.file.UploadedFile;

/**
 * The console's Sounds page ({@code /sounds.xhtml}): every sound with a player, uploads (a shipped prompt's name
 * replaces it) and their deletion, and the music-on-hold classes made of them.
 */
@Named
@ViewScoped
public class SoundsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> UPLOAD_INPUTS = Map.of("name", "uploadForm:soundName",
            SoundFiles.FIELD, "uploadForm:file");
    private static final Map<String, String> CLASS_INPUTS = Map.of("name", "classForm:className",
            "order", "classForm:order", "sounds", "classForm:sounds");

    @Inject
    SoundLibrary library;

    @Inject
    MusicOnHold music;

    @Inject
    SoundSettings settings;

    @Inject
    CurrentUser user;

    private List<SoundRow> sounds;
    private List<MusicClassRow> classes;
    private String uploadName;
    private byte[] chosenFile;
    private String chosenFileName;
    private String className;
    private String classOrder = PlayOrder.SEQUENTIAL.apiName();
    private DualListModel<String> classSounds = new DualListModel<>();
    private boolean editingClass;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        sounds = library.list().stream().map(SoundRow::new).toList();
        classes = music.classes().stream().map(MusicClassRow::new).toList();
    }

    public void startUpload() {
        uploadName = null;
        chosenFile = null;
        chosenFileName = null;
    }

    /** A file arrived in the upload dialog: kept until saved, its name offered as the sound's when none is typed. */
    public void choose(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        chosenFile = file.getContent();
        chosenFileName = file.getFileName();
        if (uploadName == null || uploadName.isBlank()) {
            uploadName = nameOf(chosenFileName);
        }
    }

    /** Stores the chosen file under the name given (converted; a shipped sound's name replaces it). */
    public void saveUpload() {
        if (!mayChange()) {
            return;
        }
        if (chosenFile == null) {
            FieldMessages.show(new InvalidInputException(SoundFiles.FIELD, "choose a WAV file"), UPLOAD_INPUTS);
            return;
        }
        String name = uploadName == null ? "" : uploadName.strip();
        try {
            library.upload(name, chosenFile);
            FieldMessages.info("Sound " + name + " uploaded");
            chosenFile = null;
            PrimeFaces.current().executeScript("PF('uploadDialog').hide()");
        } catch (InvalidInputException e) {
            FieldMessages.show(e, UPLOAD_INPUTS);
        }
        refresh();
    }

    public void delete(SoundRow row) {
        if (!mayChange()) {
            return;
        }
        try {
            library.delete(row.getName());
            FieldMessages.info("Sound " + row.getName() + " deleted"
                    + ("replaced".equals(row.getKind()) ? "; the shipped one plays again" : ""));
        } catch (ConflictException e) {
            FieldMessages.error(e.getMessage());
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
        refresh();
    }

    public void startCreateClass() {
        editingClass = false;
        className = null;
        classOrder = PlayOrder.SEQUENTIAL.apiName();
        classSounds = new DualListModel<>(soundNames(), new ArrayList<>());
    }

    public void startEditClass(MusicClassRow row) {
        MusicClassView c = music.find(row.getName()).orElseThrow(() -> new MusicClassNotFoundException(row.getName()));
        editingClass = true;
        className = c.name();
        classOrder = c.order().apiName();
        List<String> available = soundNames();
        available.removeAll(c.sounds());
        classSounds = new DualListModel<>(available, new ArrayList<>(c.sounds()));
    }

    public void saveClass() {
        if (!mayChange()) {
            return;
        }
        try {
            MusicClassView saved = music.save(className == null ? "" : className.strip(),
                    new MusicClassInput(classSounds.getTarget(), classOrder));
            FieldMessages.info("Music class " + saved.name() + " saved");
            PrimeFaces.current().executeScript("PF('classDialog').hide()");
        } catch (InvalidInputException e) {
            FieldMessages.show(e, CLASS_INPUTS);
        }
        refresh();
    }

    public void deleteClass(MusicClassRow row) {
        if (!mayChange()) {
            return;
        }
        try {
            music.delete(row.getName());
            FieldMessages.info("Music class " + row.getName() + " deleted");
        } catch (ConflictException e) {
            FieldMessages.error(e.getMessage());
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
        refresh();
    }

    /** A sound name from a file name: {@code Hold Music (1).WAV} → {@code hold-music-1}. */
    static String nameOf(String fileName) {
        String base = fileName == null ? "" : fileName.replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT);
        String name = base.replaceAll("[^a-z0-9_-]+", "-").replaceAll("^[-_]+|-+$", "");
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    private List<String> soundNames() {
        return new ArrayList<>(library.list().stream().map(s -> s.name()).toList());
    }

    private boolean mayChange() {
        if (!user.isAdmin()) {
            FieldMessages.error("Only administrators change sounds");
            return false;
        }
        return true;
    }

    public List<SoundRow> getSounds() {
        return sounds;
    }

    public List<MusicClassRow> getClasses() {
        return classes;
    }

    public long getMaxUploadBytes() {
        return settings.maxUploadBytes();
    }

    public int getMaxSeconds() {
        return settings.maxSeconds();
    }

    public String getUploadName() {
        return uploadName;
    }

    public void setUploadName(String uploadName) {
        this.uploadName = uploadName;
    }

    /** The file chosen in the upload dialog, with its size, or nothing yet. */
    public String getChosenFile() {
        return chosenFile == null ? null : chosenFileName + " (" + (chosenFile.length + 1023) / 1024 + " KB)";
    }

    public String getClassName() {
        return className;
    }

    public void setClassName(String className) {
        this.className = className;
    }

    public String getClassOrder() {
        return classOrder;
    }

    public void setClassOrder(String classOrder) {
        this.classOrder = classOrder;
    }

    public DualListModel<String> getClassSounds() {
        return classSounds;
    }

    public void setClassSounds(DualListModel<String> classSounds) {
        this.classSounds = classSounds;
    }

    public boolean isEditingClass() {
        return editingClass;
    }
}
