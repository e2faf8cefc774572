package viva.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline TeX as a terminal can show it: {@code \alpha} as α, {@code x_i^2} as xᵢ², {@code \sqrt{d_k}} as
 * √(d_k). Only what has a clean Unicode equivalent is replaced; anything else stays TeX, which a reader of
 * formulas reads anyway. Sub- and superscripts are only read inside {@code $...$}: in prose, {@code d_model}
 * is a name.
 */
public final class Tex {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"),
            Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("pi", "π"), Map.entry("rho", "ρ"),
            Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("phi", "φ"), Map.entry("varphi", "φ"),
            Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"),
            Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"),
            Map.entry("Pi", "Π"), Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"),
            Map.entry("Omega", "Ω"),
            Map.entry("sum", "∑"), Map.entry("prod", "∏"), Map.entry("int", "∫"), Map.entry("partial", "∂"),
            Map.entry("nabla", "∇"), Map.entry("infty", "∞"), Map.entry("cdot", "·"), Map.entry("times", "×"),
            Map.entry("pm", "±"), Map.entry("leq", "≤"), Map.entry("le", "≤"), Map.entry("geq", "≥"),
            Map.entry("ge", "≥"), Map.entry("neq", "≠"), Map.entry("ne", "≠"), Map.entry("approx", "≈"),
            Map.entry("sim", "∼"), Map.entry("propto", "∝"), Map.entry("in", "∈"), Map.entry("to", "→"),
            Map.entry("rightarrow", "→"), Map.entry("leftarrow", "←"), Map.entry("Rightarrow", "⇒"),
            Map.entry("ldots", "…"), Map.entry("cdots", "⋯"), Map.entry("log", "log"), Map.entry("exp", "exp"),
            Map.entry("max", "max"), Map.entry("min", "min"), Map.entry("top", "ᵀ"));
    private static final String SUPER_FROM = "0123456789+-=()niT";
    private static final String SUPER_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵀ";
    private static final String SUB_FROM = "0123456789+-=()aeoxijkmnt";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓᵢⱼₖₘₙₜ";

    private static final Pattern SQRT = Pattern.compile("\\\\sqrt\\{([^{}]*)}");
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)(?![A-Za-z])");
    private static final Pattern SCRIPT = Pattern.compile("([_^])(?:\\{([^{}]*)}|([A-Za-z0-9]))");
    /** Pandoc's rule, so that "$5 and $10" stays money: no space inside the dollars, no digit after the closing one. */
    private static final Pattern INLINE = Pattern.compile("\\$(?=[^\\s$])([^$\\n]*?[^\\s$\\\\])\\$(?!\\d)|\\$([^\\s$\\d])\\$(?!\\d)");

    private Tex() {
    }

    /** Prose with its {@code $...$} formulas and its TeX commands shown in Unicode. */
    public static String prose(String text) {
        if (text.indexOf('\\') < 0 && text.indexOf('$') < 0) {
            return text;
        }
        Matcher m = INLINE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String formula = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(formula(formula)));
        }
        m.appendTail(out);
        return commands(out.toString());
    }

    /** One formula: commands, then sub- and superscripts where every character has a Unicode form. */
    public static String formula(String tex) {
        Matcher m = SCRIPT.matcher(commands(tex));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String body = m.group(2) != null ? m.group(2) : m.group(3);
            String mapped = m.group(1).equals("^") ? map(body, SUPER_FROM, SUPER_TO) : map(body, SUB_FROM, SUB_TO);
            m.appendReplacement(out, Matcher.quoteReplacement(mapped != null ? mapped : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String commands(String tex) {
        Matcher sqrt = SQRT.matcher(tex);
        StringBuilder rooted = new StringBuilder();
        while (sqrt.find()) {
            String body = sqrt.group(1);
            String shown = body.length() == 1 ? "√" + body : "√(" + body + ")";
            sqrt.appendReplacement(rooted, Matcher.quoteReplacement(shown));
        }
        sqrt.appendTail(rooted);
        Matcher m = COMMAND.matcher(rooted);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String symbol = SYMBOLS.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(symbol != null ? symbol : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code body} in the target alphabet, or null when some character has no form there. */
    private static String map(String body, String from, String to) {
        if (body.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            int at = from.indexOf(body.charAt(i));
            if (at < 0) {
                return null;
            }
            out.append(to.charAt(at));
        }
        return out.toString();
    }
}
