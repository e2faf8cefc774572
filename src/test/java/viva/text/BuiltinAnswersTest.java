package viva.text;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ThematicBreak;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import viva.bank.BankFiles;
import viva.bank.Banks;
import viva.bank.Lang;
import viva.bank.Question;
import viva.bank.QuestionText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in answers are YAML block text with hard line breaks, read as Markdown. A formula on a line
 * of its own would be reflowed into the sentence around it, so such lines are display formulas
 * ({@code $$ ... $$}); and no line may turn into Markdown its author did not mean (a heading, a quote, a list
 * that a wrapped "+ x" starts).
 */
class BuiltinAnswersTest {
    /** Words that are part of a formula, not of the prose around it. */
    private static final Set<String> MATH = Set.of("log", "exp", "sigmoid", "softmax", "min", "max", "mean", "std", "sqrt",
            "sum", "clip", "diag", "grad", "relu", "eps", "rho", "beta", "gamma", "lambda", "tau", "theta", "alpha",
            "sigma", "delta", "bar", "hat", "old", "ref");
    /** A formula starts with what it defines: "L =", "pi*(y|x) =", "S_t =". */
    private static final Pattern HEAD = Pattern.compile("[A-Za-z][\\w*^{}'\\[\\]]*(\\([^=]*?\\))?\\s*=[^=].*");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*|\\p{IsHan}+");
    private static final Pattern OPERATOR = Pattern.compile("[=^_\\\\<>|*/+]|\\bsum\\b");
    private static final Pattern LAST_WORD = Pattern.compile("([A-Za-z]+|\\p{IsHan}+)[.,;:。，；：)]*$");

    private static List<Question> questions;

    @BeforeAll
    static void load() {
        questions = Banks.check(BankFiles.builtin()).questions();
    }

    @Test
    void noFormulaLineIsJoinedIntoAParagraph() {
        List<String> joined = new ArrayList<>();
        each((q, lang, answer) -> {
            List<String> shown = MarkdownLayout.render(answer, MarkdownLayout.UNLIMITED, cp -> 1).stream()
                    .map(l -> l.text().strip()).toList();
            for (String line : answer.split("\n")) {
                String formula = line.strip().replaceAll("^\\$\\$|\\$\\$$", "").strip();
                if (isFormula(formula) && !shown.contains(formula)) {
                    joined.add(q.id() + " (" + lang.code() + "): " + formula);
                }
            }
        });
        assertThat(joined).as("formula lines reflowed into prose; write them as $$ ... $$").isEmpty();
    }

    @Test
    void noLineTurnsIntoMarkdownItsAuthorDidNotMean() {
        List<String> accidents = new ArrayList<>();
        each((q, lang, answer) -> Markdown.parse(answer).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                accidents.add(q.id() + " (" + lang.code() + "): a heading");
            }

            @Override
            public void visit(BlockQuote quote) {
                accidents.add(q.id() + " (" + lang.code() + "): a quote");
            }

            @Override
            public void visit(HtmlBlock html) {
                accidents.add(q.id() + " (" + lang.code() + "): an HTML block");
            }

            @Override
            public void visit(Emphasis emphasis) {
                accidents.add(q.id() + " (" + lang.code() + "): emphasis on '" + text(emphasis) + "'");
            }

            @Override
            public void visit(StrongEmphasis strong) {
                accidents.add(q.id() + " (" + lang.code() + "): strong emphasis on '" + text(strong) + "'");
            }

            /** The banks' lists use "-": a "+" or "*" list is a wrapped line that starts with an operator. */
            @Override
            public void visit(BulletList list) {
                if (!"-".equals(list.getMarker())) {
                    accidents.add(q.id() + " (" + lang.code() + "): a list marked " + list.getMarker());
                }
                visitChildren(list);
            }

            @Override
            public void visit(ThematicBreak rule) {
                accidents.add(q.id() + " (" + lang.code() + "): a rule");
            }
        }));
        assertThat(accidents).isEmpty();
    }

    @Test
    void theFormulaTestKnowsAFormulaFromASentence() {
        assertThat(isFormula("L = -E[log sigmoid(r(x, y_w) - r(x, y_l))].")).isTrue();
        assertThat(isFormula("L_CLIP = E_t[ min( rho_t * A_t, clip(rho_t, 1 - eps, 1 + eps) * A_t ) ],")).isTrue();
        assertThat(isFormula("With h = log(pi(y_w|x)/pi_ref(y_w|x)) - log(pi(y_l|x)/pi_ref(y_l|x)):")).isFalse();
        assertThat(isFormula("N_eff = N (1 - e^(-P_w/γ_w)) (1 - e^(-P_a/γ_a)), used in")).isFalse();
        assertThat(isFormula("L_CLIP = E_t[min(rho_t*A_t, clip(rho_t, 1-eps, 1+eps)*A_t)],论文默认 eps=0.2。")).isFalse();
        assertThat(isFormula("variance is d_k and its standard deviation sqrt(d_k), about 11 for d_k = 128.")).isFalse();
    }

    /** Defines something, has a few operators, ends in a formula and holds at most two words of prose. */
    static boolean isFormula(String line) {
        if (!HEAD.matcher(line).matches()) {
            return false;
        }
        Matcher last = LAST_WORD.matcher(line);
        if (last.find() && isProse(last.group(1))) {
            return false;
        }
        return OPERATOR.matcher(line).results().count() >= 3 && proseWords(line) <= 2;
    }

    private static long proseWords(String line) {
        return WORD.matcher(line).results().map(MatchResult::group).filter(BuiltinAnswersTest::isProse)
                .mapToLong(w -> w.codePointAt(0) > 0x2e80 ? w.length() : 1).sum();
    }

    private static boolean isProse(String word) {
        return word.codePointAt(0) > 0x2e80 || word.length() >= 2 && !MATH.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }
        });
        return out.toString();
    }

    private interface Each {
        void answer(Question q, Lang lang, String answer);
    }

    private static void each(Each each) {
        for (Question q : questions) {
            for (Lang lang : Lang.values()) {
                QuestionText t = q.text(lang);
                if (t != null) {
                    each.answer(q, lang, t.answer());
                }
            }
        }
    }
}
