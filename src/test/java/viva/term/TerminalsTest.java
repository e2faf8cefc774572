package viva.term;

import org.jline.utils.InfoCmp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the terminal's capabilities are found: JLine's own entry where it carries one, the system's otherwise. */
class TerminalsTest {
    @Test
    void aTypeJLineCarriesIsTakenFromItsOwnEntryWithoutRunningInfocmp() {
        String type = "rxvt-unicode-256color";
        Terminals.bundledCapabilities(type);
        // What getInfoCmp returns without a process is the loaded entry: it must be JLine's own, whole.
        assertThat(InfoCmp.getLoadedInfoCmp(type)).isEqualTo(InfoCmp.getDefaultInfoCmp(type)).contains("cup=");
    }

    @Test
    void aTypeJLineDoesNotCarryIsLeftToTheSystem() {
        String type = "viva-test-terminal-of-no-kind";
        Terminals.bundledCapabilities(type);
        Terminals.bundledCapabilities(null);
        Terminals.bundledCapabilities(" ");
        assertThat(InfoCmp.getLoadedInfoCmp(type)).isNull();
    }
}
