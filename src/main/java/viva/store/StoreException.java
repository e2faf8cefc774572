package viva.store;

import java.io.IOException;

/**
 * The history database cannot be used as it is. An IOException so that the CLI reports it in one
 * line, like any other file it cannot read or write; the message always names the file.
 */
public class StoreException extends IOException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
