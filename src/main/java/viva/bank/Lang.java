package viva.bank;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import viva.text.LocaleSetting;

/** The languages every question is written in. */
public enum Lang {
    EN, ZH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Lang> parse(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Lang::code).toList();
    }

    /** Chinese when the locale's messages are (LC_ALL, LC_MESSAGES or LANG starts with zh), else English. */
    public static Lang fromEnvironment(Map<String, String> env) {
        return LocaleSetting.find(env, "LC_MESSAGES").filter(s -> s.value().startsWith("zh")).map(s -> ZH).orElse(EN);
    }
}
