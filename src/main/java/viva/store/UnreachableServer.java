package viva.store;

/** The history's server did not answer (down, unreachable, refusing): unlike a refusal of the history itself, it may answer later. */
public final class UnreachableServer extends StoreException {
    private static final long serialVersionUID = 1L;

    public UnreachableServer(String message, Throwable cause) {
        super(message, cause);
    }
}
