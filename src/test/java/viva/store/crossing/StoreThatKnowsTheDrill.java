package viva.store.crossing;

/** A store class that reaches sideways into the drill through an inline name: the architecture test must see it. */
public final class StoreThatKnowsTheDrill {
    private StoreThatKnowsTheDrill() {
    }

    public static String question(viva.drill.Attempt attempt) {
        return attempt.questionId();
    }
}
