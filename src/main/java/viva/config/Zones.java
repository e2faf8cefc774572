package viva.config;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

/** The reader's time zone: TZ when it names one, else the system's. Days and times are shown in it. */
public final class Zones {
    private Zones() {
    }

    public static ZoneId of(Map<String, String> env) {
        String tz = env.get("TZ");
        if (tz != null && !tz.isBlank()) {
            try {
                // POSIX allows a leading colon ("TZ=:Europe/Paris").
                return ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz);
            } catch (DateTimeException ignored) {
                // a POSIX rule string Java cannot read: the system zone is the best guess
            }
        }
        return ZoneId.systemDefault();
    }
}
