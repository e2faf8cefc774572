package viva.practice;

/** What was asked for cannot be done as asked (no question matches, say): the person's to change, a usage error. */
public class RequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RequestException(String message) {
        super(message);
    }
}
