package viva.convert;

import viva.bank.Lang;
import viva.text.Han;

import java.util.regex.Pattern;

/** Which language notes are written in, told by the share of Han characters among their letters (code left out). */
final class Language {
    /** Chinese notes name many terms in English ("LoRA 的秩 r"), so a quarter of Han letters is Chinese already. */
    private static final double CHINESE = 0.25;
    private static final Pattern FENCED = Pattern.compile("(?ms)^ {0,3}(```|~~~).*?^ {0,3}\\1[^\\n]*$");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");

    private Language() {
    }

    static Lang of(String markdown) {
        String prose = LINK_TARGET.matcher(FENCED.matcher(markdown).replaceAll("")).replaceAll("]");
        long han = prose.codePoints().filter(Han::is).count();
        long letters = prose.codePoints().filter(Character::isLetter).count();
        return letters > 0 && han >= CHINESE * letters ? Lang.ZH : Lang.EN;
    }
}
