package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drill with --lang zh speaks Chinese from the question to the summary; over the line protocol the words a
 * script waits for (README's "Rate it:" prompt, "Kept unrated") stay as documented.
 */
class ChineseDrillTest {
    @TempDir
    Path home;

    private Cli.Result drill(String stdin, String... extra) {
        String[] base = {"drill", "--no-builtin", "--bank", Cli.fixture("banks/sample.yaml"), "--order", "bank", "--lang", "zh"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return new Cli(home).stdin(stdin).run(args);
    }

    @Test
    void theDrillAndItsSummaryAreChinese() {
        Cli.Result r = drill(":help\n:skipp\n:hint\nB 初始化为零,A 用高斯。\n\n3\n", "-n", "1");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("[1/1] demo-lora-init · fine-tuning, lora · medium · 2:00",
                "输入回答；空行提交", "  :skip  跳过，进入下一题", "“:skipp”不是命令，你是不是想输入 :skip？", "提示 1/",
                "── 题目", "── 你的回答", "── 参考答案", "要点：覆盖 2/3（67%）", "参考文献：LoRA", "评分：良好 · ",
                "── 总结", "已答 1 · 跳过 0 · 超时 0 · 用时 ", "平均覆盖率 67% · 评分 重来 0, 困难 0, 良好 1, 简单 0", "按标签",
                "再练一遍这些题：viva drill demo-lora-init", "导出本次练习：viva report --session last");
        assertThat(r.out()).containsPattern("评分：良好 · (\\d+ (分钟|小时|天)后再练|明天再练)");
        // The protocol's own line: scripts wait for it.
        assertThat(r.out()).contains("Rate it: 1 again  2 hard  3 good  4 easy")
                .doesNotContain("Key points", "Model answer", "Summary", "Answered");
    }

    @Test
    void notesAndRefusalsAreChinese() {
        Cli.Result r = drill(":undo\n:flag\n\nfive\nm 9\n2\n:undo\n1\n:quit\n", "-n", "2");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("没有可撤销的评分：本次练习还没有评过分。", "已标记 demo-lora-init，待以后编辑",
                "“five”不是评分", "没有第 9 个要点；要点编号为 1-3", "已撤销 demo-lora-init 的评分（困难），请重新评分。", "评分：重来");
    }

    @Test
    void anAnswerLeftAtTheRatingPromptIsKeptUnratedInTheProtocolsWords() {
        Cli.Result r = drill("B 初始化为零\n\n", "-n", "1");
        assertThat(r.out()).contains("Kept unrated", "── 总结", "评分 重来 0, 困难 0, 良好 0, 简单 0, 未评分 1");
    }
}
