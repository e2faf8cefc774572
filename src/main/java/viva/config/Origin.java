package viva.config;

/** Where an effective setting came from; later layers win: a flag beats the environment, which beats the file. */
public enum Origin {
    DEFAULT("default"), FILE("file"), ENVIRONMENT("environment"), FLAG("flag");

    private final String label;

    Origin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
